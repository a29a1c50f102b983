"""An endpoint is its key's: another key gets the 404 of a missing one, an admin sees every key's."""

from __future__ import annotations

from tests.integration.webhooks.webhookssupport import create_endpoint, webhooks_app
from tests.support.service_app import caller

CITY_TYPE = "iuc.applications.city.registered.v1"


async def test_another_key_cannot_see_or_change_an_endpoint(database_url):
    async with (
        webhooks_app(database_url) as app,
        caller(app, "city", city_id="city-sev") as sevilla,
        caller(app, "city", city_id="city-med") as medellin,
    ):
        made = await create_endpoint(sevilla, "https://sev.example.org/h", [CITY_TYPE])
        path = f"/v1/webhooks/endpoints/{made['id']}"
        assert (await medellin.get(path)).status_code == 404
        assert (await medellin.patch(path, json={"description": "mine now"})).status_code == 404
        assert (await medellin.delete(path)).status_code == 404
        assert (await medellin.post(f"{path}:rotateSecret")).status_code == 404
        assert (await medellin.post(f"{path}:test")).status_code == 404
        assert (await medellin.get(f"{path}/deliveries")).status_code == 404
        assert (await medellin.get("/v1/webhooks/endpoints")).json()["items"] == []
        assert (await sevilla.get(path)).status_code == 200


async def test_an_admin_sees_all_and_filters_by_owner(database_url):
    async with (
        webhooks_app(database_url) as app,
        caller(app, "city", city_id="city-sev") as sevilla,
        caller(app, "partner") as partner,
        caller(app, "admin") as admin,
    ):
        a = await create_endpoint(sevilla, "https://sev.example.org/h", [CITY_TYPE])
        b = await create_endpoint(partner, "https://p.example.org/h", ["iuc.value_chains.*"])
        everyone = (await admin.get("/v1/webhooks/endpoints")).json()["items"]
        assert {e["id"] for e in everyone} == {a["id"], b["id"]}
        only = (await admin.get("/v1/webhooks/endpoints", params={"owner": "key-partner-x"})).json()["items"]
        assert [e["id"] for e in only] == [b["id"]]
        # a non-admin's owner filter is ignored: it sees its own
        own = (await sevilla.get("/v1/webhooks/endpoints", params={"owner": "key-partner-x"})).json()["items"]
        assert [e["id"] for e in own] == [a["id"]]
        assert (await admin.patch(f"/v1/webhooks/endpoints/{a['id']}", json={"description": "checked"})).status_code == 200


async def test_a_reviewer_key_has_no_webhooks(database_url):
    async with webhooks_app(database_url) as app, caller(app, "reviewer") as reviewer:
        assert (await reviewer.get("/v1/webhooks/endpoints")).status_code == 403
        r = await reviewer.post("/v1/webhooks/endpoints", json={"url": "https://r.example.org/h", "event_types": [CITY_TYPE]})
        assert r.status_code == 403


async def test_the_list_pages_with_tokens(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        ids = [(await create_endpoint(admin, f"https://{i}.example.org/h", [CITY_TYPE]))["id"] for i in range(3)]
        first = (await admin.get("/v1/webhooks/endpoints", params={"page_size": 2})).json()
        second = (
            await admin.get("/v1/webhooks/endpoints", params={"page_size": 2, "page_token": first["next_page_token"]})
        ).json()
        assert [e["id"] for e in first["items"] + second["items"]] == ids and second["next_page_token"] is None
        bad = await admin.get("/v1/webhooks/endpoints", params={"page_token": "bm9wZQ"})
        assert bad.status_code == 400
