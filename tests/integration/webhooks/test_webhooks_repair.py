"""Repairs: a failed message retried by hand, an endpoint's failures since a time recovered."""

from __future__ import annotations

from tests.integration.webhooks.webhookssupport import (
    city_registered,
    consume,
    create_endpoint,
    deliver,
    delivering_app,
    key_server,
    later,
    receiver,
)
from tests.support.service_app import caller

CITY_TYPE = "iuc.applications.city.registered.v1"


async def test_a_failed_message_is_retried_by_hand(database_url):
    async with key_server() as keys, receiver() as partner, delivering_app(database_url, keys) as app:
        async with caller(app, "admin") as admin, caller(app, "city", city_id="city-sev") as other:
            made = await create_endpoint(admin, partner.url, [CITY_TYPE])
            partner.statuses = [500] * 8
            await consume(app, city_registered("city-sev"))
            for _ in range(8):
                await deliver(app)
                later(app, hours=10)
            [message] = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/messages")).json()["items"]
            assert message["state"] == "failed"
            path = f"/v1/webhooks/messages/{message['message_id']}:retry"
            assert (await other.post(path)).status_code == 404, "another key's message does not exist for it"
            assert (await admin.post("/v1/webhooks/messages/msg_nope:retry")).status_code == 404
            r = await admin.post(path)
            assert r.status_code == 202 and r.json() == {"requeued": 1}
            assert await deliver(app) == 1
            attempts = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/deliveries")).json()["items"]
            assert (attempts[0]["status_code"], attempts[0]["trigger"]) == (204, "manual")
            [message] = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/messages")).json()["items"]
            assert message["state"] == "succeeded"


async def test_recover_sends_the_failures_since_a_time_again(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        path = f"/v1/webhooks/endpoints/{made['id']}"
        await consume(app, city_registered("city-old"))
        later(app, hours=1)
        since = app.state.clock.now()
        await consume(app, city_registered("city-a"), city_registered("city-b"))
        # disabled by its owner: the pending deliveries fail
        assert (await admin.patch(path, json={"enabled": False})).status_code == 200
        assert (await admin.post(f"{path}:recover", json={"since": since.isoformat()})).status_code == 409
        assert (await admin.patch(path, json={"enabled": True})).status_code == 200
        assert (await admin.post(f"{path}:recover", json={"since": "2027-01-01T00:00:00"})).status_code == 422, "naive time"
        r = await admin.post(f"{path}:recover", json={"since": since.isoformat()})
        assert r.status_code == 202 and r.json() == {"requeued": 2}
        assert await deliver(app) == 2
        sent = sorted(r.body for r in partner.received)
        assert len(sent) == 2 and all("city-old" not in b for b in sent)
        attempts = (await admin.get(f"{path}/deliveries")).json()["items"]
        assert {a["trigger"] for a in attempts} == {"recover"}
        states = [m["state"] for m in (await admin.get(f"{path}/messages")).json()["items"]]
        assert sorted(states) == ["failed", "succeeded", "succeeded"]
