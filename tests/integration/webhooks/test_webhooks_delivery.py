"""Deliveries to a real HTTP receiver, verified with the standardwebhooks library."""

from __future__ import annotations

import orjson
from standardwebhooks import Webhook

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


async def test_a_receiver_gets_a_delivery_it_can_verify(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        [event] = await consume(app, city_registered("city-sev"))
        assert await deliver(app) == 1
        [got] = partner.received
        payload = Webhook(made["secret"]).verify(got.body, got.headers)
        assert payload["type"] == CITY_TYPE and payload["data"] == event.data
        assert got.headers["webhook-id"] == event.id
        assert got.headers["content-type"] == "application/json" and got.headers["user-agent"] == "IUC-Webhooks/1"
        assert keys.asked == ["key-admin-x"]
        attempts = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/deliveries")).json()["items"]
        assert [(a["status_code"], a["trigger"], a["event_type"]) for a in attempts] == [(204, "scheduled", CITY_TYPE)]
        messages = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/messages")).json()["items"]
        assert [(m["state"], m["attempts"], m["event_id"]) for m in messages] == [("succeeded", 0, event.id)]
        assert await deliver(app) == 0, "a delivered message is not sent again"


async def test_a_503_is_retried_on_the_schedule_with_the_same_webhook_id(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        partner.statuses = [503]
        partner.retry_after = "120"
        await consume(app, city_registered("city-sev"))
        assert await deliver(app) == 1
        [message] = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/messages")).json()["items"]
        assert message["state"] == "pending" and message["attempts"] == 1 and message["last_status_code"] == 503
        endpoint = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}")).json()
        assert endpoint["failing_since"] is not None
        later(app, seconds=60)
        assert await deliver(app) == 0, "Retry-After 120 s holds the retry back"
        later(app, seconds=60)
        assert await deliver(app) == 1
        assert len(partner.received) == 2
        assert len({r.headers["webhook-id"] for r in partner.received}) == 1
        for got in partner.received:
            Webhook(made["secret"]).verify(got.body, got.headers)
        attempts = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/deliveries")).json()["items"]
        assert [a["status_code"] for a in attempts] == [204, 503], "newest first"
        assert attempts[1]["response_excerpt"] == "busy"
        failed = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}/deliveries", params={"state": "failed"})).json()["items"]
        assert [a["status_code"] for a in failed] == [503]
        endpoint = (await admin.get(f"/v1/webhooks/endpoints/{made['id']}")).json()
        assert endpoint["failing_since"] is None, "a success ends the run of failures"


async def test_a_ping_goes_to_the_one_endpoint(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        other = await create_endpoint(admin, partner.url + "?other", [CITY_TYPE])
        r = await admin.post(f"/v1/webhooks/endpoints/{made['id']}:test")
        assert r.status_code == 202, r.text
        message_id = r.json()["message_id"]
        assert await deliver(app) == 1
        [got] = partner.received
        assert got.headers["webhook-id"] == message_id
        body = orjson.loads(Webhook(made["secret"]).verify(got.body, got.headers) and got.body)
        assert body["type"] == "iuc.webhooks.ping" and body["data"] == {"endpoint_id": made["id"]}
        assert (await admin.get(f"/v1/webhooks/endpoints/{other['id']}/deliveries")).json()["items"] == []


async def test_after_a_rotation_old_and_new_secrets_both_verify(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        new = (await admin.post(f"/v1/webhooks/endpoints/{made['id']}:rotateSecret")).json()["secret"]
        await consume(app, city_registered("city-sev"))
        assert await deliver(app) == 1
        [got] = partner.received
        assert len(got.headers["webhook-signature"].split(" ")) == 2
        Webhook(made["secret"]).verify(got.body, got.headers)
        Webhook(new).verify(got.body, got.headers)
        later(app, hours=25)
        await consume(app, city_registered("city-med"))
        partner.received.clear()
        assert await deliver(app) == 1
        [got] = partner.received
        assert len(got.headers["webhook-signature"].split(" ")) == 1
