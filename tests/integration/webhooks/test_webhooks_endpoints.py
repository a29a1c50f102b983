"""Endpoints over the API: create (secret once, Location, ETag), read, change with If-Match, rotate, delete."""

from __future__ import annotations

from datetime import timedelta

from tests.integration.webhooks.webhookssupport import NOW, create_endpoint, webhooks_app
from tests.support.service_app import caller

CITY_TYPE = "iuc.applications.city.registered.v1"


async def test_the_secret_is_shown_at_creation_only(database_url):
    async with webhooks_app(database_url) as app, caller(app, "city", city_id="city-sev") as city:
        r = await city.post(
            "/v1/webhooks/endpoints",
            json={"url": "https://crm.example.org/hook", "event_types": [CITY_TYPE], "description": "CRM"},
        )
        assert r.status_code == 201, r.text
        made = r.json()
        assert made["secret"].startswith("whsec_")
        assert r.headers["location"] == f"/v1/webhooks/endpoints/{made['id']}"
        assert r.headers["etag"] == '"1"'
        assert made["owner"] == "key-city-city-sev" and made["state"] == "active" and made["failing_since"] is None
        got = await city.get(r.headers["location"])
        assert got.status_code == 200 and got.headers["etag"] == '"1"'
        assert "secret" not in got.json() and made["secret"] not in got.text
        listed = await city.get("/v1/webhooks/endpoints")
        assert [e["id"] for e in listed.json()["items"]] == [made["id"]]
        assert made["secret"] not in listed.text


async def test_patch_changes_fields_with_if_match(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        made = await create_endpoint(admin, "https://a.example.org/hook", [CITY_TYPE])
        path = f"/v1/webhooks/endpoints/{made['id']}"
        r = await admin.patch(
            path, json={"url": "https://b.example.org/hook", "event_types": ["iuc.covenant.*"]}, headers={"If-Match": '"1"'}
        )
        assert r.status_code == 200, r.text
        assert r.json()["url"] == "https://b.example.org/hook" and r.json()["event_types"] == ["iuc.covenant.*"]
        assert r.headers["etag"] == '"2"'
        stale = await admin.patch(path, json={"description": "late"}, headers={"If-Match": '"1"'})
        assert stale.status_code == 412
        assert stale.headers["content-type"].startswith("application/problem+json")
        null = await admin.patch(path, json={"url": None})
        assert null.status_code == 422


async def test_disabling_and_enabling_clears_the_failure_run(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        made = await create_endpoint(admin, "https://a.example.org/hook", [CITY_TYPE])
        path = f"/v1/webhooks/endpoints/{made['id']}"
        off = await admin.patch(path, json={"enabled": False})
        assert off.json()["state"] == "disabled" and off.json()["disabled_reason"] == "disabled by its owner"
        on = await admin.patch(path, json={"enabled": True})
        body = on.json()
        assert body["state"] == "active" and body["disabled_reason"] is None and body["failing_since"] is None


async def test_rotating_keeps_the_old_secret_for_24_hours(database_url):
    async with webhooks_app(database_url) as app, caller(app, "partner") as partner:
        made = await create_endpoint(partner, "https://p.example.org/hook", ["iuc.value_chains.*"])
        r = await partner.post(f"/v1/webhooks/endpoints/{made['id']}:rotateSecret")
        assert r.status_code == 200, r.text
        rotated = r.json()
        assert rotated["secret"].startswith("whsec_") and rotated["secret"] != made["secret"]
        assert rotated["previous_expires_at"].replace("Z", "+00:00") == (NOW + timedelta(hours=24)).isoformat()


async def test_delete_removes_the_endpoint(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        made = await create_endpoint(admin, "https://a.example.org/hook", [CITY_TYPE])
        path = f"/v1/webhooks/endpoints/{made['id']}"
        assert (await admin.delete(path, headers={"If-Match": '"7"'})).status_code == 412
        assert (await admin.delete(path)).status_code == 204
        assert (await admin.get(path)).status_code == 404


async def test_the_event_types_are_the_catalogue(database_url):
    async with webhooks_app(database_url) as app, caller(app, "dashboard") as dashboard:
        r = await dashboard.get("/v1/webhooks/event-types")
        assert r.status_code == 200
        items = r.json()["items"]
        types = [i["type"] for i in items]
        assert CITY_TYPE in types and "iuc.webhooks.endpoint.disabled.v1" in types
        assert types == sorted(types)
        city = next(i for i in items if i["type"] == CITY_TYPE)
        assert city["scope"] == "cities:read" and "properties" in city["schema"]
