"""Two writes based on one ETag, at the same time: exactly one wins, the other is 412 (never 500, never two winners)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.orm.exc import StaleDataError

from services.knowledge.models import Practice
from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body
from tests.support.service_app import caller, outbox_types


def winner_and_loser(answers) -> tuple:
    """The one 200 and the one 412 of two racing writes."""
    assert sorted(r.status_code for r in answers) == [200, 412], [(r.status_code, r.text) for r in answers]
    won = next(r for r in answers if r.status_code == 200)
    lost = next(r for r in answers if r.status_code == 412)
    assert lost.headers["content-type"].startswith("application/problem+json")
    return won, lost


async def test_two_edits_of_a_draft_with_one_etag_make_one_winner(database_url):
    async with (
        knowledge_app(database_url) as app,
        caller(app, "city", city_id="city-sev") as first,
        caller(app, "city", city_id="city-sev", subject="key-city-sev-2") as second,
    ):
        r = await first.post("/v1/knowledge/practices", json=practice_body("Sevilla's bike network"))
        path, etag = f"/v1/knowledge/practices/{r.json()['id']}", r.headers["etag"]
        won, _ = winner_and_loser(
            await asyncio.gather(
                first.patch(path, json={"title": "Edited first"}, headers={"If-Match": etag}),
                second.patch(path, json={"title": "Edited second"}, headers={"If-Match": etag}),
            )
        )
        assert won.headers["etag"] == '"2"'
        stored = (await first.get(path)).json()
        assert (stored["title"], stored["version"]) == (won.json()["title"], 2)


async def test_two_publications_with_one_etag_publish_once(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin, caller(app, subject="key-admin-2") as other:
        r = await admin.post("/v1/knowledge/practices", json=practice_body("Sevilla's bike network"))
        path = f"/v1/knowledge/practices/{r.json()['id']}"
        etag = (await admin.post(f"{path}:submit")).headers["etag"]
        won, _ = winner_and_loser(
            await asyncio.gather(
                admin.post(f"{path}:publish", headers={"If-Match": etag}),
                other.post(f"{path}:publish", headers={"If-Match": etag}),
            )
        )
        assert [h["to_state"] for h in won.json()["history"]] == ["draft", "pending", "published"]
        assert await outbox_types(app) == ["iuc.knowledge.practice.published.v2"]


async def test_two_retaggings_of_a_resource_with_one_etag_make_one_winner(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin, caller(app, subject="key-admin-2") as other:
        r = await admin.post("/v1/knowledge/resources", json={"kind": "link", "title": "A guide", "url": "https://example.org/"})
        path, etag = f"/v1/knowledge/resources/{r.json()['id']}", r.headers["etag"]
        # Only tag rows change: the resource's version must move all the same.
        won, _ = winner_and_loser(
            await asyncio.gather(
                admin.patch(path, json={"sdgs": [3]}, headers={"If-Match": etag}),
                other.patch(path, json={"sdgs": [13]}, headers={"If-Match": etag}),
            )
        )
        assert won.headers["etag"] == '"2"'
        stored = (await admin.get(path)).json()
        assert (stored["sdgs"], stored["version"]) == (won.json()["sdgs"], 2)


async def test_the_database_refuses_a_write_based_on_a_version_that_moved(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin:
        pid = (await admin.post("/v1/knowledge/practices", json=practice_body("Sevilla's bike network"))).json()["id"]
        async with app.state.sessionmaker() as late, app.state.sessionmaker() as early:
            stale = await late.get(Practice, pid)
            fresh = await early.get(Practice, pid)
            assert stale.version == fresh.version == 1
            fresh.title = "Changed first"
            await early.commit()
            # Past any If-Match check, the versioned UPDATE still finds version 1 gone.
            stale.title = "Changed on a stale read"
            with pytest.raises(StaleDataError):
                await late.flush()
            await late.rollback()
        r = await admin.get(f"/v1/knowledge/practices/{pid}")
        assert (r.json()["title"], r.headers["etag"]) == ("Changed first", '"2"')
