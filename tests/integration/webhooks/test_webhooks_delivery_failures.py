"""Endpoints that keep failing, revoked keys and an unreachable gateway."""

from __future__ import annotations

from sqlalchemy import select

from services.webhooks.models import Delivery
from tests.integration.webhooks.webhookssupport import (
    city_registered,
    consume,
    create_endpoint,
    deliver,
    delivering_app,
    key_server,
    later,
    receiver,
    webhooks_app,
)
from tests.support.service_app import caller, outbox_types

CITY_TYPE = "iuc.applications.city.registered.v1"
DISABLED = "iuc.webhooks.endpoint.disabled.v1"


async def _deliveries(app) -> list[Delivery]:
    async with app.state.sessionmaker() as session:
        return list((await session.scalars(select(Delivery).order_by(Delivery.created_at))).all())


async def test_a_revoked_key_disables_its_endpoints_and_nothing_is_sent(database_url):
    async with key_server() as keys, receiver() as partner, delivering_app(database_url, keys) as app:
        async with caller(app, "city", city_id="city-sev") as city, caller(app, "admin") as admin:
            mine = await create_endpoint(city, partner.url, [CITY_TYPE])
            kept = await create_endpoint(admin, partner.url, [CITY_TYPE])
            keys.revoked.add("key-city-city-sev")
            await consume(app, city_registered("city-sev"))
            assert await deliver(app) == 1
            assert len(partner.received) == 1 and "key-city-city-sev" in keys.asked
            got = (await admin.get(f"/v1/webhooks/endpoints/{mine['id']}")).json()
            assert got["state"] == "disabled" and got["disabled_reason"] == "key revoked"
            assert (await admin.get(f"/v1/webhooks/endpoints/{kept['id']}")).json()["state"] == "active"
            assert await outbox_types(app) == [DISABLED]
            states = {d.endpoint_id: d.state for d in await _deliveries(app)}
            assert states == {mine["id"]: "failed", kept["id"]: "succeeded"}


async def test_an_unknown_key_counts_as_revoked(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        keys.unknown.add("key-admin-x")
        await consume(app, city_registered("city-sev"))
        assert await deliver(app) == 0 and partner.received == []
        assert (await admin.get(f"/v1/webhooks/endpoints/{made['id']}")).json()["state"] == "disabled"


async def test_deliveries_wait_while_the_gateway_cannot_be_asked(database_url):
    async with (
        receiver() as partner,
        webhooks_app(database_url, gateway_url="http://127.0.0.1:9") as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        await consume(app, city_registered("city-sev"))
        assert await deliver(app) == 0
        assert partner.received == []
        [delivery] = await _deliveries(app)
        assert delivery.state == "pending" and delivery.attempts == 0 and delivery.claimed_until is not None
        assert (await admin.get(f"/v1/webhooks/endpoints/{made['id']}")).json()["state"] == "active"
        assert await outbox_types(app) == []


async def test_five_days_of_failures_disable_the_endpoint(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        partner.statuses = [500] * 50
        await consume(app, city_registered("city-sev"))
        assert await deliver(app) == 1
        first = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}")).json()["failing_since"]
        assert first is not None
        for _ in range(3):  # the next tries, within five days: the run goes on, its start kept
            later(app, hours=11)
            assert await deliver(app) == 1
            assert (await admin.get(f"/v1/webhooks/endpoints/{made['id']}")).json()["failing_since"] == first
        await consume(app, city_registered("city-med"))
        later(app, days=5)
        assert await deliver(app) == 2
        got = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}")).json()
        assert got["state"] == "disabled" and got["disabled_reason"] == "failing for 5 days"
        assert await outbox_types(app) == [DISABLED]
        assert {d.state for d in await _deliveries(app)} == {"failed"}
        later(app, hours=11)
        assert await deliver(app) == 0


async def test_after_the_last_try_the_delivery_is_failed(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        partner.statuses = [500] * 8
        await consume(app, city_registered("city-sev"))
        for _ in range(8):
            assert await deliver(app) == 1
            later(app, hours=10)
        assert await deliver(app) == 0
        [message] = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/messages")).json()["items"]
        assert message["state"] == "failed" and message["attempts"] == 8 and message["next_attempt_at"] is None
        assert (await admin.get(f"/v1/webhooks/endpoints/{made['id']}")).json()["state"] == "active", "80 h is not 5 days"
