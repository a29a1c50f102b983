"""What an endpoint may subscribe to and where it may point: each refusal is a 422 naming the item."""

from __future__ import annotations

from tests.integration.webhooks.webhookssupport import webhooks_app
from tests.support.service_app import caller

CITY_TYPE = "iuc.applications.city.registered.v1"


async def test_an_unknown_event_type_is_named(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        r = await admin.post(
            "/v1/webhooks/endpoints",
            json={
                "url": "https://a.example.org/h",
                "event_types": [CITY_TYPE, "iuc.applications.city.exploded.v1", "iuc.nothing.*"],
            },
        )
        assert r.status_code == 422, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        pointers = [e["pointer"] for e in r.json()["errors"]]
        assert pointers == ["/event_types/1", "/event_types/2"]
        assert "iuc.applications.city.exploded.v1" in r.json()["detail"]


async def test_a_malformed_pattern_or_none_at_all_is_refused(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        for event_types in ([], ["covenant.*"], ["iuc.covenant.*.v1"]):
            r = await admin.post("/v1/webhooks/endpoints", json={"url": "https://a.example.org/h", "event_types": event_types})
            assert r.status_code == 422, (event_types, r.text)


async def test_urls_are_checked(database_url):
    async with webhooks_app(database_url, allow_private=False) as app, caller(app, "admin") as admin:
        for url in (
            "ftp://a.example.org/h",
            "https://user:pw@a.example.org/h",
            "http://127.0.0.1:8080/h",
            "http://169.254.169.254/",
        ):
            r = await admin.post("/v1/webhooks/endpoints", json={"url": url, "event_types": [CITY_TYPE]})
            assert r.status_code == 422, (url, r.text)
            assert r.json()["errors"][0]["pointer"] == "/url"
        ok = await admin.post("/v1/webhooks/endpoints", json={"url": "http://a.example.org/h", "event_types": [CITY_TYPE]})
        assert ok.status_code == 201
        r = await admin.patch(f"/v1/webhooks/endpoints/{ok.json()['id']}", json={"url": "http://10.0.0.7/h"})
        assert r.status_code == 422


async def test_private_targets_pass_with_the_development_flag(database_url):
    async with webhooks_app(database_url, allow_private=True) as app, caller(app, "admin") as admin:
        r = await admin.post("/v1/webhooks/endpoints", json={"url": "http://127.0.0.1:8080/h", "event_types": [CITY_TYPE]})
        assert r.status_code == 201, r.text


async def test_unknown_fields_are_refused(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        r = await admin.post(
            "/v1/webhooks/endpoints", json={"url": "https://a.example.org/h", "event_types": [CITY_TYPE], "secret": "whsec_x"}
        )
        assert r.status_code == 422
