"""A practice's editorial life on a real database: draft, review, publication, archive, and who may do what."""

from __future__ import annotations

from sqlalchemy import func, select

from services.knowledge.models import Practice
from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body
from tests.support.service_app import caller, outbox_types


async def test_a_city_drafts_and_submits_and_only_an_admin_publishes(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin, caller(app, "city", city_id="city-sev") as sevilla:
        body = practice_body("Sevilla's bike network", solution="", results="", themes=[])
        r = await sevilla.post("/v1/knowledge/practices", json=body)
        assert r.status_code == 201, r.text
        assert r.headers["location"].endswith(r.json()["id"]) and r.headers["etag"] == '"1"'
        draft = r.json()
        assert draft["state"] == "draft" and draft["provenance"]["origin"] == "api"
        assert draft["provenance"]["created_by"] == "key-city-city-sev" and draft["provenance"]["created_by_role"] == "city"
        assert draft["locations"][0]["world_region"] == "eu" and draft["sdgs"] == [11]
        pid = draft["id"]

        r = await sevilla.post(f"/v1/knowledge/practices/{pid}:submit")
        assert r.status_code == 422
        assert {e["rule"] for e in r.json()["errors"]} == {"solution_present", "results_present", "theme_present"}

        r = await sevilla.patch(f"/v1/knowledge/practices/{pid}", json={"solution": "x"}, headers={"If-Match": '"7"'})
        assert r.status_code == 412
        r = await sevilla.patch(
            f"/v1/knowledge/practices/{pid}",
            json={"solution": "Protected bike lanes.", "results": "Cycling up tenfold.", "themes": ["Mobility"]},
            headers={"If-Match": '"1"'},
        )
        assert r.status_code == 200, r.text
        assert r.json()["themes"] == ["mobility"] and r.json()["version"] == 2

        r = await sevilla.post(f"/v1/knowledge/practices/{pid}:submit")
        assert r.status_code == 200 and r.json()["state"] == "pending"
        r = await sevilla.patch(f"/v1/knowledge/practices/{pid}", json={"title": "Too late to edit"})
        assert r.status_code == 409
        r = await sevilla.post(f"/v1/knowledge/practices/{pid}:publish")
        assert r.status_code == 403
        assert await outbox_types(app) == []

        r = await admin.post(f"/v1/knowledge/practices/{pid}:sendBack", json={"reason": "Add the budget, please."})
        assert r.status_code == 200 and r.json()["state"] == "draft"
        await sevilla.post(f"/v1/knowledge/practices/{pid}:submit")
        r = await admin.post(f"/v1/knowledge/practices/{pid}:publish")
        assert r.status_code == 200, r.text
        published = r.json()
        assert published["state"] == "published" and published["published_by"] == "key-admin-x"
        assert [h["to_state"] for h in published["history"]] == ["draft", "pending", "draft", "pending", "published"]
        assert (await admin.post(f"/v1/knowledge/practices/{pid}:publish")).status_code == 409
        assert await outbox_types(app) == ["iuc.knowledge.practice.published.v2"]

        r = await admin.post(f"/v1/knowledge/practices/{pid}:archive", json={"reason": "superseded"})
        assert r.status_code == 200 and r.json()["state"] == "archived"
        assert await outbox_types(app) == ["iuc.knowledge.practice.published.v2", "iuc.knowledge.practice.archived.v1"]


async def test_drafts_are_seen_by_their_authors_only_and_cities_write_their_own(database_url):
    async with (
        knowledge_app(database_url) as app,
        caller(app) as admin,
        caller(app, "city", city_id="city-sev") as sevilla,
        caller(app, "city", city_id="city-med") as medellin,
        caller(app, "partner") as partner,
        caller(app, "dashboard") as dashboard,
    ):
        r = await medellin.post("/v1/knowledge/practices", json=practice_body("Not mine"))
        assert r.status_code == 403 and r.json()["errors"][0]["pointer"] == "/locations"
        draft = (await sevilla.post("/v1/knowledge/practices", json=practice_body("Sevilla draft"))).json()
        pid = draft["id"]
        for who in (medellin, partner):
            assert (await who.get(f"/v1/knowledge/practices/{pid}")).status_code == 404
            assert (await who.get("/v1/knowledge/practices")).json()["items"] == []
        assert (await medellin.patch(f"/v1/knowledge/practices/{pid}", json={"title": "Hijack"})).status_code == 404
        assert (await admin.get(f"/v1/knowledge/practices/{pid}")).status_code == 200
        assert [p["id"] for p in (await sevilla.get("/v1/knowledge/practices")).json()["items"]] == [pid]
        assert (await partner.post("/v1/knowledge/practices", json=practice_body("x"))).status_code == 403
        assert (await dashboard.get("/v1/knowledge/stats")).status_code == 200

        await sevilla.post(f"/v1/knowledge/practices/{pid}:submit")
        await admin.post(f"/v1/knowledge/practices/{pid}:publish")
        assert (await partner.get(f"/v1/knowledge/practices/{pid}")).json()["state"] == "published"
        r = await partner.get("/v1/knowledge/practices", params={"state": "published", "theme": "mobility", "sdg": 11})
        assert [p["id"] for p in r.json()["items"]] == [pid]


async def test_bad_input_is_a_422_and_nothing_is_written(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin:
        cases = [
            (practice_body("SDG eighteen", sdgs=[11, 18]), "/sdgs/1"),
            (practice_body("Atlantis", locations=[{"name": "Atlantis", "country_code": "QQ"}]), "/locations/0/country_code"),
            (practice_body("No", kind="novel"), "/kind"),
        ]
        for body, pointer in cases:
            r = await admin.post("/v1/knowledge/practices", json=body)
            assert r.status_code == 422, r.text
            assert r.headers["content-type"].startswith("application/problem+json")
            assert pointer in [e["pointer"] for e in r.json()["errors"]], r.json()
        r = await admin.get("/v1/knowledge/search", params={"sdg": 18})
        assert r.status_code == 422 and r.json()["errors"][0]["code"] == "unknown_sdg"
        async with app.state.sessionmaker() as session:
            assert await session.scalar(select(func.count()).select_from(Practice)) == 0
