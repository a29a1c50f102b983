"""Two writes with the same ETag at once: exactly one is stored, the other answers 412 (never
500, never two winners), on SQLite (the versioned UPDATE refuses it) as on PostgreSQL (the
locked read makes it wait and then see the new version)."""

import asyncio

from sqlalchemy import func, select

from services.applications.models import kit
from tests.integration.applications.applicationssupport import applications_app, draft_application, open_call, register_city
from tests.support.service_app import caller

ROUNDS = 5


async def test_two_patches_of_a_city_with_one_etag_have_one_winner(database_url):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app) as other:
        city = await register_city(admin)
        url = f"/v1/cities/{city['id']}"
        for round_ in range(ROUNDS):
            etag = f'"{round_ + 1}"'
            a, b = await asyncio.gather(
                admin.patch(url, json={"population": 600_000 + round_}, headers={"If-Match": etag}),
                other.patch(url, json={"population": 700_000 + round_}, headers={"If-Match": etag}),
            )
            assert sorted([a.status_code, b.status_code]) == [200, 412], (a.text, b.text)
            winner, loser = (a, b) if a.status_code == 200 else (b, a)
            assert loser.headers["content-type"].startswith("application/problem+json")
            assert winner.headers["etag"] == f'"{round_ + 2}"'
            stored = (await admin.get(url)).json()
            assert (stored["version"], stored["population"]) == (round_ + 2, winner.json()["population"])
        async with app.state.sessionmaker() as s:
            updates = await s.scalar(
                select(func.count()).select_from(kit.outbox).where(kit.outbox.c.type == "iuc.applications.city.updated.v1")
            )
        assert updates == ROUNDS


async def test_two_edits_of_an_application_with_one_etag_have_one_winner(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        city = await register_city(admin)
        call = await open_call(admin)
        async with caller(app, "city", city_id=city["id"]) as c, caller(app, "city", city_id=city["id"]) as d:
            application = await draft_application(c, call["id"], city["id"])
            url = f"/v1/applications/{application['id']}"
            for round_ in range(ROUNDS):
                etag = f'"{round_ + 1}"'
                a, b = await asyncio.gather(
                    c.patch(url, json={"title": f"Title A{round_}"}, headers={"If-Match": etag}),
                    d.patch(url, json={"title": f"Title B{round_}"}, headers={"If-Match": etag}),
                )
                assert sorted([a.status_code, b.status_code]) == [200, 412], (a.text, b.text)
                winner = a if a.status_code == 200 else b
                stored = (await c.get(url)).json()
                assert (stored["version"], stored["title"]) == (round_ + 2, winner.json()["title"])
