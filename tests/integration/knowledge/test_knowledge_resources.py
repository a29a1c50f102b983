"""Library resources: tagged like practices, written by the coordination unit and cities, read by every reader."""

from __future__ import annotations

from sqlalchemy import func, select

from services.knowledge.models import Resource
from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body, publish
from tests.support.service_app import caller


async def test_resources_are_tagged_filtered_changed_and_removed(database_url):
    async with (
        knowledge_app(database_url) as app,
        caller(app) as admin,
        caller(app, "city", city_id="city-sev") as sevilla,
        caller(app, "city", city_id="city-med") as medellin,
        caller(app, "partner") as partner,
    ):
        practice = await publish(admin, practice_body("Sevilla's bike network"))
        guide = {
            "kind": "training_material",
            "title": "Designing protected bike lanes",
            "url": "https://example.org/bike-lanes.pdf",
            "language": "ES",
            "themes": ["mobility"],
            "sdgs": [11, 3],
            "practice_id": practice["id"],
        }
        r = await sevilla.post("/v1/knowledge/resources", json=guide)
        assert r.status_code == 201, r.text
        made = r.json()
        assert (made["sdgs"], made["language"], made["practice_id"]) == ([3, 11], "es", practice["id"])
        r = await admin.post(
            "/v1/knowledge/resources",
            json={
                "kind": "link",
                "title": "Climate-ADAPT case studies",
                "url": "https://climate-adapt.eea.europa.eu/",
                "themes": ["climate"],
            },
        )
        assert r.status_code == 201

        async def titles(**params) -> list[str]:
            r = await partner.get("/v1/knowledge/resources", params=params)
            assert r.status_code == 200, r.text
            return [x["title"] for x in r.json()["items"]]

        assert await titles() == ["Designing protected bike lanes", "Climate-ADAPT case studies"]
        assert await titles(sdg=3) == ["Designing protected bike lanes"]
        assert await titles(kind="link") == ["Climate-ADAPT case studies"]
        assert await titles(practice_id=practice["id"], theme="mobility") == ["Designing protected bike lanes"]
        assert await titles(q="climate") == ["Climate-ADAPT case studies"]

        rid = made["id"]
        assert (await medellin.patch(f"/v1/knowledge/resources/{rid}", json={"title": "Mine now"})).status_code == 403
        assert (await partner.post("/v1/knowledge/resources", json=guide)).status_code == 403
        r = await sevilla.patch(f"/v1/knowledge/resources/{rid}", json={"sdgs": [11]}, headers={"If-Match": '"1"'})
        assert r.status_code == 200 and r.json()["sdgs"] == [11] and r.headers["etag"] == '"2"'
        assert (await sevilla.delete(f"/v1/knowledge/resources/{rid}", headers={"If-Match": '"1"'})).status_code == 412
        assert (await sevilla.delete(f"/v1/knowledge/resources/{rid}")).status_code == 204
        assert (await partner.get(f"/v1/knowledge/resources/{rid}")).status_code == 404


async def test_a_bad_resource_is_a_422_and_nothing_is_written(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin:
        base = {"kind": "document", "title": "A report", "url": "https://example.org/r.pdf"}
        for body, pointer in (
            (base | {"url": "not a url"}, "/url"),
            (base | {"sdgs": [18]}, "/sdgs/0"),
            (base | {"kind": "podcast"}, "/kind"),
            (base | {"practice_id": "no-such-practice"}, "/practice_id"),
        ):
            r = await admin.post("/v1/knowledge/resources", json=body)
            assert r.status_code == 422, r.text
            assert pointer in [e["pointer"] for e in r.json()["errors"]]
        async with app.state.sessionmaker() as session:
            assert await session.scalar(select(func.count()).select_from(Resource)) == 0
