"""Two writes based on the same ETag: exactly one wins, the other answers 412 (never 500,
never two winners), whether the second is stopped by its If-Match or by the versioned UPDATE."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.orm.exc import StaleDataError

from services.action_plans.models import Plan
from tests.integration.action_plans.action_planssupport import paired_plans, plans_app
from tests.support.service_app import caller


async def _race(client, path: str, field: str, values: tuple[str, str]) -> None:
    """PATCH `path` twice at once with the ETag of one read; one 200, one 412, one new version."""
    read = await client.get(path)
    etag = read.headers["etag"]
    answers = await asyncio.gather(*(client.patch(path, json={field: value}, headers={"If-Match": etag}) for value in values))
    assert sorted(r.status_code for r in answers) == [200, 412], [(r.status_code, r.text) for r in answers]
    [won] = [r for r in answers if r.status_code == 200]
    [lost] = [r for r in answers if r.status_code == 412]
    assert lost.headers["content-type"] == "application/problem+json"
    after = await client.get(path)
    assert after.json()[field] == won.json()[field]
    assert after.headers["etag"] == won.headers["etag"] == f'"{int(etag.strip(chr(34))) + 1}"'


async def test_concurrent_writes_with_one_etag_have_one_winner(database_url):
    async with plans_app(database_url) as app:
        mine, _ = await paired_plans(app)
        async with caller(app, "city", city_id=mine["city_id"]) as city:
            action = (
                await city.post(f"/v1/action-plans/{mine['id']}/actions", json={"title": "Bike lanes", "kind": "investment"})
            ).json()
            task = (
                await city.post(f"/v1/action-plans/actions/{action['id']}/tasks", json={"title": "Paint", "due_on": "2027-06-01"})
            ).json()
            for n in range(3):
                await _race(city, f"/v1/action-plans/{mine['id']}", "title", (f"First title {n}", f"Second title {n}"))
                await _race(city, f"/v1/action-plans/actions/{action['id']}", "description", (f"one {n}", f"two {n}"))
                await _race(city, f"/v1/action-plans/tasks/{task['id']}", "title", (f"Paint {n}", f"Repaint {n}"))


async def test_a_write_based_on_a_stale_read_is_refused_by_the_database(database_url):
    async with plans_app(database_url) as app:
        mine, _ = await paired_plans(app)
        async with app.state.sessionmaker() as first, app.state.sessionmaker() as second:
            a = await first.get(Plan, mine["id"])
            b = await second.get(Plan, mine["id"])
            assert a.version == b.version == 1  # both pass an If-Match of "1"
            a.title = "First writer"
            await first.commit()
            b.title = "Second writer"
            with pytest.raises(StaleDataError):
                await second.flush()
            await second.rollback()
        async with app.state.sessionmaker() as session:
            stored = await session.get(Plan, mine["id"])
            assert (stored.title, stored.version) == ("First writer", 2)
