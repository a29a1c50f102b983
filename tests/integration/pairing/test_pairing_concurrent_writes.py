"""Two writes with the same ETag at once: exactly one is stored, the other answers 412 (never 500,
never two winners), on SQLite (the versioned UPDATE refuses it) as on PostgreSQL (the locked
read makes it wait and then see the new version)."""

import asyncio

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from services.pairing.models import CallSettings, Pairing, PartyProfile, kit
from tests.integration.pairing.pairingsupport import pairing_app, profile, seed
from tests.support.service_app import caller

ROUNDS = 4


def _one_winner(a, b):
    assert sorted([a.status_code, b.status_code]) == [200, 412], (a.text, b.text)
    winner, loser = (a, b) if a.status_code == 200 else (b, a)
    assert loser.headers["content-type"].startswith("application/problem+json")
    return winner


async def test_two_puts_of_call_settings_with_one_etag_have_one_winner(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin, caller(app) as other:
        url = "/v1/pairing/calls/call-c/settings"
        for round_ in range(ROUNDS):
            etag = f'"{round_}"'  # "0": the defaults, before any settings are stored
            a, b = await asyncio.gather(
                admin.put(url, json={"quota": 2}, headers={"If-Match": etag}),
                other.put(url, json={"quota": 3}, headers={"If-Match": etag}),
            )
            if round_ == 0 and 500 in (a.status_code, b.status_code):
                pytest.fail(f"two first puts of a call's settings: {a.text} {b.text}")
            winner = _one_winner(a, b)
            assert winner.headers["etag"] == f'"{round_ + 1}"'
            stored = (await admin.get(url)).json()
            assert (stored["version"], stored["quota"]) == (round_ + 1, winner.json()["quota"])


async def test_two_puts_of_a_region_with_one_etag_have_one_winner(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin, caller(app) as other:
        url = "/v1/pairing/region-profiles/ES61"
        assert (await admin.put(url, json={"name": "Andalucía"})).status_code == 200
        for round_ in range(ROUNDS):
            etag = f'"{round_ + 1}"'
            a, b = await asyncio.gather(
                admin.put(url, json={"name": f"Andalucía {round_}a"}, headers={"If-Match": etag}),
                other.put(url, json={"name": f"Andalucía {round_}b"}, headers={"If-Match": etag}),
            )
            winner = _one_winner(a, b)
            stored = (await admin.get(url)).json()
            assert (stored["version"], stored["name"]) == (round_ + 2, winner.json()["name"])


async def test_both_parties_accepting_with_one_etag_have_one_winner(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        eu, world = profile("Porto", "PT"), profile("Quito", "EC")
        await seed(app, "call-c", [eu, world])
        p = (await admin.post("/v1/pairing/rounds", json={"call_id": "call-c"})).json()["proposals"][0]
        url = f"/v1/pairing/pairings/{p['id']}:accept"
        async with caller(app, "city", city_id=eu.city_id) as porto, caller(app, "city", city_id=world.city_id) as quito:
            a, b = await asyncio.gather(
                porto.post(url, headers={"If-Match": '"1"'}), quito.post(url, headers={"If-Match": '"1"'})
            )
        winner = _one_winner(a, b)
        assert winner.json()["state"] == "accepted_by_one" and winner.headers["etag"] == '"2"'
        stored = (await admin.get(f"/v1/pairing/pairings/{p['id']}")).json()
        assert (stored["version"], stored["state"]) == (2, "accepted_by_one")
        async with app.state.sessionmaker() as s:
            confirmed = await s.scalar(
                select(func.count()).select_from(kit.outbox).where(kit.outbox.c.type == "iuc.pairing.pairing.confirmed.v1")
            )
        assert confirmed == 0


async def test_the_database_refuses_a_write_based_on_a_stale_read(database_url):
    """Past any If-Match check: the versioned UPDATE of each versioned table matches no row."""
    async with pairing_app(database_url) as app, caller(app) as admin:
        eu, world = profile("Porto", "PT"), profile("Quito", "EC")
        await seed(app, "call-v", [eu, world])
        await admin.put("/v1/pairing/calls/call-v/settings", json={"quota": 1})
        p = (await admin.post("/v1/pairing/rounds", json={"call_id": "call-v"})).json()["proposals"][0]
        changes = (
            (PartyProfile, eu.city_id, "name", "Oporto"),
            (CallSettings, "call-v", "quota", 2),
            (Pairing, p["id"], "end_reason", "stale"),
        )
        for model, key, attr, value in changes:
            async with app.state.sessionmaker() as first, app.state.sessionmaker() as second:
                mine, theirs = await first.get(model, key), await second.get(model, key)
                version = mine.version
                setattr(mine, attr, value)
                await first.commit()
                assert mine.version == version + 1
                setattr(theirs, attr, value)
                with pytest.raises(StaleDataError):
                    await second.commit()
