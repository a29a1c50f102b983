"""A published practice corrected through a revision on a real database: the published text (its page, the
search index, the showcase) stays as it is while the revision is drafted and reviewed, and follows when the
coordination unit publishes it."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body, publish
from tests.support.service_app import anonymous, caller, outbox_types

OLD = "Protected bike lanes and a public bike share."
NEW = "Protected bike lanes, a public bike share and superblocks with planters."


async def _events(app) -> list[dict]:
    outbox = app.state.kit.outbox
    async with app.state.sessionmaker() as session:
        return [dict(r._mapping) for r in (await session.execute(select(outbox.c.type, outbox.c.data).order_by(outbox.c.seq)))]


async def _found(client, path: str, q: str) -> list[str]:
    r = await client.get(path, params={"q": q})
    assert r.status_code == 200, r.text
    return [h["id"] for h in r.json()["items"]]


async def test_a_revision_replaces_the_published_text_only_when_it_is_published(database_url):
    async with (
        knowledge_app(database_url) as app,
        caller(app) as admin,
        caller(app, "city", city_id="city-sev") as sevilla,
        anonymous(app) as public,
    ):
        r = await sevilla.post("/v1/knowledge/practices", json=practice_body("Sevilla's bike network"))
        pid = r.json()["id"]
        await sevilla.post(f"/v1/knowledge/practices/{pid}:submit")
        published = (await admin.post(f"/v1/knowledge/practices/{pid}:publish")).json()

        r = await sevilla.post(
            f"/v1/knowledge/practices/{pid}/revisions", json={"solution": NEW, "themes": ["mobility", "Climate"]}
        )
        assert r.status_code == 201, r.text
        revision = r.json()
        rid = revision["id"]
        assert r.headers["location"] == f"/v1/knowledge/revisions/{rid}" and r.headers["etag"] == '"1"'
        assert revision["state"] == "draft" and revision["practice_id"] == pid
        assert revision["base_version"] == published["version"] and revision["content"]["solution"] == NEW
        assert revision["changes"] == [
            {"field": "solution", "published": OLD, "revised": NEW},
            {"field": "themes", "published": ["mobility"], "revised": ["climate", "mobility"]},
        ]

        # Drafted and then reviewed: the published text, the index and the showcase do not move.
        r = await sevilla.patch(
            f"/v1/knowledge/revisions/{rid}", json={"title": "Sevilla's superblocks"}, headers={"If-Match": '"1"'}
        )
        assert r.status_code == 200 and r.json()["version"] == 2, r.text
        r = await sevilla.post(f"/v1/knowledge/revisions/{rid}:submit")
        assert r.status_code == 200 and r.json()["state"] == "pending", r.text
        assert (await sevilla.patch(f"/v1/knowledge/revisions/{rid}", json={"title": "Too late"})).status_code == 409
        assert (await sevilla.post(f"/v1/knowledge/revisions/{rid}:publish")).status_code == 403
        for path in (f"/v1/knowledge/practices/{pid}", f"/v1/showcase/practices/{pid}"):
            shown = (await admin.get(path)).json()
            assert (shown["title"], shown["solution"], shown["themes"]) == ("Sevilla's bike network", OLD, ["mobility"])
        assert (await admin.get(f"/v1/knowledge/practices/{pid}")).json()["version"] == published["version"]
        for client, path in ((admin, "/v1/knowledge/search"), (public, "/v1/showcase/practices")):
            assert await _found(client, path, "superblocks") == []
            assert await _found(client, path, "bike share") == [pid]

        # The reviewer reads the diff against the published text.
        review = (await admin.get("/v1/knowledge/revisions", params={"state": "pending"})).json()["items"]
        assert [r["id"] for r in review] == [rid]
        assert [c["field"] for c in review[0]["changes"]] == ["title", "solution", "themes"]
        assert review[0]["changes"][0] == {
            "field": "title",
            "published": "Sevilla's bike network",
            "revised": "Sevilla's superblocks",
        }

        before = await public.get(f"/v1/showcase/practices/{pid}")
        r = await admin.post(f"/v1/knowledge/revisions/{rid}:publish")
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "published" and r.json()["published_by"] == "key-admin-x"
        assert [h["to_state"] for h in r.json()["history"]] == ["draft", "pending", "published"]
        assert [c["field"] for c in r.json()["changes"]] == ["title", "solution", "themes"]  # frozen once published

        practice = (await admin.get(f"/v1/knowledge/practices/{pid}")).json()
        assert practice["id"] == pid and practice["state"] == "published" and practice["version"] > published["version"]
        assert (practice["title"], practice["solution"], practice["themes"]) == (
            "Sevilla's superblocks",
            NEW,
            ["climate", "mobility"],
        )
        assert [h["to_state"] for h in practice["history"]] == ["draft", "pending", "published", "published"]
        assert rid in practice["history"][-1]["reason"] and "solution" in practice["history"][-1]["reason"]
        r = await public.get(f"/v1/showcase/practices/{pid}", headers={"If-None-Match": before.headers["etag"]})
        assert r.status_code == 200 and (r.json()["title"], r.json()["solution"]) == ("Sevilla's superblocks", NEW)
        for client, path in ((admin, "/v1/knowledge/search"), (public, "/v1/showcase/practices")):
            assert await _found(client, path, "superblocks") == [pid]
            assert await _found(client, path, '"bike network"') == []
        r = await admin.get("/v1/knowledge/search", params={"theme": "climate"})
        assert [h["id"] for h in r.json()["items"]] == [pid]

        events = await _events(app)
        assert [e["type"] for e in events] == ["iuc.knowledge.practice.published.v2"] * 2
        first, again = events[0]["data"], events[1]["data"]
        assert first["revision_id"] is None and first["changed_fields"] == []
        assert again["practice_id"] == pid and again["revision_id"] == rid and again["title"] == "Sevilla's superblocks"
        assert again["changed_fields"] == ["title", "solution", "themes"] and again["themes"] == ["climate", "mobility"]
        assert again["practice_version"] == practice["version"]


async def test_one_open_revision_at_a_time_and_a_withdrawn_one_frees_the_practice(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin, caller(app, "city", city_id="city-sev") as sevilla:
        pid = (await publish(admin, practice_body("Sevilla's bike network")))["id"]
        first = (await sevilla.post(f"/v1/knowledge/practices/{pid}/revisions", json={"summary": "A shorter summary."})).json()

        r = await admin.post(f"/v1/knowledge/practices/{pid}/revisions", json={"title": "Another correction"})
        assert r.status_code == 409
        assert [e["rule"] for e in r.json()["errors"]] == ["one_open_revision"] and r.json()["open_revision_id"] == first["id"]

        r = await sevilla.post(f"/v1/knowledge/revisions/{first['id']}:submit")
        assert r.status_code == 200, r.text
        r = await admin.post(f"/v1/knowledge/revisions/{first['id']}:sendBack", json={"reason": "Keep the numbers in."})
        assert r.status_code == 200 and r.json()["state"] == "draft"
        assert r.json()["history"][-1]["reason"] == "Keep the numbers in."
        assert (await sevilla.post(f"/v1/knowledge/practices/{pid}/revisions", json={})).status_code == 409

        r = await sevilla.post(f"/v1/knowledge/revisions/{first['id']}:withdraw", json={"reason": "Not needed after all."})
        assert r.status_code == 200 and r.json()["state"] == "withdrawn", r.text
        assert r.json()["changes"] == [
            {"field": "summary", "published": practice_body("x")["summary"], "revised": "A shorter summary."}
        ]
        r = await sevilla.post(f"/v1/knowledge/revisions/{first['id']}:withdraw", json={})
        assert r.status_code == 409 and r.json()["errors"][0]["rule"] == "revision_transition"
        assert (await admin.post(f"/v1/knowledge/revisions/{first['id']}:publish")).status_code == 409

        practice = (await admin.get(f"/v1/knowledge/practices/{pid}")).json()
        assert practice["summary"] == practice_body("x")["summary"] and practice["version"] == 3
        r = await admin.post(f"/v1/knowledge/practices/{pid}/revisions", json={"title": "Another correction"})
        assert r.status_code == 201, r.text
        listed = (await sevilla.get("/v1/knowledge/revisions", params={"practice_id": pid})).json()["items"]
        assert [(x["id"], x["state"]) for x in listed] == [(first["id"], "withdrawn"), (r.json()["id"], "draft")]
        assert await outbox_types(app) == ["iuc.knowledge.practice.published.v2"]


async def test_only_authors_revise_and_only_published_practices(database_url):
    async with (
        knowledge_app(database_url) as app,
        caller(app) as admin,
        caller(app, "city", city_id="city-sev") as sevilla,
        caller(app, "city", city_id="city-med") as medellin,
        caller(app, "partner") as partner,
    ):
        pid = (await publish(admin, practice_body("Sevilla's bike network")))["id"]
        for who in (medellin, partner):
            r = await who.post(f"/v1/knowledge/practices/{pid}/revisions", json={"title": "Hijack"})
            assert r.status_code == 403, r.text
        rid = (await sevilla.post(f"/v1/knowledge/practices/{pid}/revisions", json={"title": "Sevilla's cycling"})).json()["id"]
        assert (await medellin.get(f"/v1/knowledge/revisions/{rid}")).status_code == 404
        assert (await medellin.get("/v1/knowledge/revisions")).json()["items"] == []
        assert (await medellin.post(f"/v1/knowledge/revisions/{rid}:withdraw", json={})).status_code == 404
        assert (await medellin.patch(f"/v1/knowledge/revisions/{rid}", json={"title": "Hijack"})).status_code == 404
        assert (await admin.get(f"/v1/knowledge/revisions/{rid}")).status_code == 200

        # A city key names no new city in a revision: cities join by invitation, on drafts.
        places = [{"name": "Sevilla", "city_id": "city-sev", "country_code": "ES"}, {"name": "Medellín", "city_id": "city-med"}]
        r = await sevilla.patch(f"/v1/knowledge/revisions/{rid}", json={"locations": places})
        assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "revision_adds_no_city", r.text
        assert r.json()["errors"][0]["pointer"] == "/locations"

        r = await sevilla.patch(f"/v1/knowledge/revisions/{rid}", json={"title": "Sevilla's bike network", "summary": " "})
        assert r.status_code == 200, r.text
        r = await sevilla.post(f"/v1/knowledge/revisions/{rid}:submit")
        assert r.status_code == 422
        assert {e["rule"] for e in r.json()["errors"]} == {"summary_present"}
        r = await sevilla.patch(f"/v1/knowledge/revisions/{rid}", json={"summary": practice_body("x")["summary"]})
        assert r.json()["changes"] == []
        r = await sevilla.post(f"/v1/knowledge/revisions/{rid}:submit")
        assert r.status_code == 422 and [e["rule"] for e in r.json()["errors"]] == ["changes_present"]

        draft = (await sevilla.post("/v1/knowledge/practices", json=practice_body("A draft"))).json()
        r = await sevilla.post(f"/v1/knowledge/practices/{draft['id']}/revisions", json={"title": "Revised draft"})
        assert r.status_code == 409 and r.json()["errors"][0]["rule"] == "practice_published"
        assert (await medellin.post(f"/v1/knowledge/practices/{draft['id']}/revisions", json={})).status_code == 404
        r = await sevilla.post(f"/v1/knowledge/practices/{pid}/revisions", json={"sdgs": [18]})
        assert r.status_code == 422

        # A practice archived under an open revision does not take it.
        await sevilla.patch(f"/v1/knowledge/revisions/{rid}", json={"title": "Sevilla's cycling"})
        assert (await sevilla.post(f"/v1/knowledge/revisions/{rid}:submit")).status_code == 200
        assert (await admin.post(f"/v1/knowledge/practices/{pid}:archive", json={})).status_code == 200
        r = await admin.post(f"/v1/knowledge/revisions/{rid}:publish")
        assert r.status_code == 409 and r.json()["errors"][0]["rule"] == "practice_published"
        assert (await sevilla.post(f"/v1/knowledge/revisions/{rid}:withdraw", json={})).status_code == 200
        assert await outbox_types(app) == ["iuc.knowledge.practice.published.v2", "iuc.knowledge.practice.archived.v1"]


async def test_two_revisions_opened_at_once_make_one_and_a_409(database_url):
    async with (
        knowledge_app(database_url) as app,
        caller(app) as admin,
        caller(app, "city", city_id="city-sev") as sevilla,
    ):
        pid = (await publish(admin, practice_body("Sevilla's bike network")))["id"]
        path = f"/v1/knowledge/practices/{pid}/revisions"
        answers = await asyncio.gather(
            admin.post(path, json={"title": "Corrected by the unit"}), sevilla.post(path, json={"title": "Corrected by the city"})
        )
        assert sorted(r.status_code for r in answers) == [201, 409], [(r.status_code, r.text) for r in answers]
        lost = next(r for r in answers if r.status_code == 409)
        assert [e["rule"] for e in lost.json()["errors"]] == ["one_open_revision"]
        assert len((await admin.get("/v1/knowledge/revisions", params={"practice_id": pid})).json()["items"]) == 1
