"""Two writes based on the same version: exactly one is stored, the other answers 412 (never
500, never two winners), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.orm.exc import StaleDataError

from services.covenant import repository, sync
from services.covenant.registry import Registry
from services.covenant.schemas import SignatoryUpsert
from shared.identity import Identity, Role
from tests.integration.covenant.covenantsupport import COVENANTS, NOW, signatory
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories"
ADMIN = Identity(subject="admin", role=Role.admin, scopes=frozenset({"*"}))


async def test_two_puts_with_the_same_etag_at_once_one_wins_the_other_is_412(app):
    async with caller(app) as admin, caller(app) as other:
        etag = (await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE"))).headers["etag"]
        a, b = await asyncio.gather(
            admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE", population=1), headers={"If-Match": etag}),
            other.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE", population=2), headers={"If-Match": etag}),
        )
        assert sorted([a.status_code, b.status_code]) == [200, 412], (a.text, b.text)
        winner, loser = (a, b) if a.status_code == 200 else (b, a)
        assert loser.headers["content-type"].startswith("application/problem+json")
        stored = (await admin.get(f"{BASE}/DE90001")).json()
        assert (stored["version"], stored["population"]) == (2, winner.json()["population"])


async def test_a_write_that_read_before_the_other_committed_is_refused_by_the_database(app, sessions):
    async with caller(app) as admin:
        assert (await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE"))).status_code == 201
    async with sessions() as late:
        # The late writer reads version 1 before the first commits (and keeps it: the session's
        # identity map), so its If-Match check passes; the database refuses its UPDATE.
        read = await repository.get_signatory(late, "DE90001")
        assert read.version == 1
        async with sessions() as first, first.begin():
            reg = Registry(first, COVENANTS, NOW.date(), NOW)
            body = SignatoryUpsert.model_validate(signatory("Lindenau", "DE", population=1))
            assert (await sync.upsert_signatory(reg, ADMIN, "DE90001", body, '"1"')).status == 200
        reg = Registry(late, COVENANTS, NOW.date(), NOW)
        body = SignatoryUpsert.model_validate(signatory("Lindenau", "DE", population=2))
        with pytest.raises(StaleDataError):
            await sync.upsert_signatory(reg, ADMIN, "DE90001", body, '"1"')
        await late.rollback()
    async with sessions() as session:
        s = await repository.get_signatory(session, "DE90001")
        assert (s.version, s.population) == (2, 1)


async def test_two_batches_with_the_same_etags_at_once_one_is_stored_the_other_is_412(app):
    # Batches write their signatories with one versioned executemany UPDATE (repository.write_signatories).
    def batch(population: int) -> dict:
        return {
            "items": [
                {"gcom_id": f"DE9000{n}", "if_match": '"1"', **signatory(f"Ort {n}", "DE", population=population)} for n in (1, 2)
            ]
        }

    async with caller(app) as admin, caller(app) as other:
        for n in (1, 2):
            assert (await admin.put(f"{BASE}/DE9000{n}", json=signatory(f"Ort {n}", "DE"))).status_code == 201
        a, b = await asyncio.gather(
            admin.post(f"{BASE}:batchUpsert", json=batch(1)), other.post(f"{BASE}:batchUpsert", json=batch(2))
        )
        stored_items = [(200, '"2"'), (200, '"2"')]

        def items(r) -> list:
            return [(i["status"], i.get("etag")) for i in r.json()["items"]] if r.status_code == 207 else []

        winners = [r for r in (a, b) if items(r) == stored_items]
        assert len(winners) == 1, (a.text, b.text)
        loser = b if winners[0] is a else a
        # The loser changed nothing: refused as a whole when the database refused its versioned
        # write (SQLite: both read version 1), or item by item when it waited for the winner's
        # row locks and then failed each If-Match (PostgreSQL).
        assert loser.status_code == 412 or [i["status"] for i in loser.json()["items"]] == [412, 412], loser.text
        population = 1 if winners[0] is a else 2
        stored = [(await admin.get(f"{BASE}/DE9000{n}")).json() for n in (1, 2)]
        assert [(s["version"], s["population"]) for s in stored] == [(2, population), (2, population)]


async def test_a_batch_that_read_before_another_committed_is_refused_by_the_database(app, sessions):
    items = [{"gcom_id": f"DE9000{n}", **signatory(f"Ort {n}", "DE")} for n in (1, 2)]
    async with caller(app) as admin:
        assert (await admin.post(f"{BASE}:batchUpsert", json={"items": items})).status_code == 207
    async with sessions() as late:
        read = [await repository.get_signatory(late, f"DE9000{n}") for n in (1, 2)]
        assert [s.version for s in read] == [1, 1]
        ids = [s.id for s in read]
        async with sessions() as first, first.begin():
            changed = [{**i, "if_match": '"1"', "population": 1} for i in items]
            result = await sync.batch_upsert(Registry(first, COVENANTS, NOW.date(), NOW), ADMIN, changed)
            assert [i["status"] for i in result["items"]] == [200, 200]
        changed = [{**i, "if_match": '"1"', "population": 2} for i in items]
        with pytest.raises(StaleDataError):
            await sync.batch_upsert(Registry(late, COVENANTS, NOW.date(), NOW), ADMIN, changed)
        await late.rollback()
    async with sessions() as session:
        assert [(s.version, s.population) for s in await repository.signatories_by_ids(session, ids)] == [
            (2, 1),
            (2, 1),
        ]


async def test_two_withdrawals_with_the_same_etag_at_once_one_wins_the_other_is_412(app):
    async with caller(app) as admin, caller(app) as other:
        etag = (await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE"))).headers["etag"]
        url = f"{BASE}/DE90001:withdraw"
        a, b = await asyncio.gather(
            admin.post(url, json={"reason": "council decision"}, headers={"If-Match": etag}),
            other.post(url, json={"reason": "council decision"}, headers={"If-Match": etag}),
        )
        assert sorted([a.status_code, b.status_code]) == [200, 412], (a.text, b.text)
        assert (await admin.get(f"{BASE}/DE90001")).json()["version"] == 2


async def test_two_policy_changes_with_the_same_etag_at_once_one_wins_the_other_is_412(app):
    url = "/v1/covenant/deadline-policies/europe"
    body = {"inventory_within_years": 3, "assessment_within_years": 3, "plan_within_years": 3, "monitoring_every_years": 3}
    async with caller(app) as admin, caller(app) as other:
        a, b = await asyncio.gather(
            admin.put(url, json=body, headers={"If-Match": '"1"'}),
            other.put(url, json=body | {"plan_within_years": 4}, headers={"If-Match": '"1"'}),
        )
        assert sorted([a.status_code, b.status_code]) == [200, 412], (a.text, b.text)
        europe = next(p for p in (await admin.get("/v1/covenant/deadline-policies")).json() if p["regional_covenant"] == "europe")
        assert europe["version"] == 2
