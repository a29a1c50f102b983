"""Database faults in the covenant service (decision 0024): an unreachable database answers 503
with Retry-After, a read whose connection is lost is run once more, a write is not, and under
backends terminated mid-load every answer is 2xx or 503 with nothing half-written."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from services.covenant.models import Commitment, Signatory, kit
from shared.db import make_engine, make_sessionmaker
from shared.problems import PROBLEM_JSON
from tests.integration.covenant.covenantsupport import covenant_app, signatory
from tests.support.databases import using_postgres
from tests.support.dbfaults import LostConnections, terminate_backends
from tests.support.service_app import caller


def assert_unavailable(r) -> None:
    assert r.status_code == 503, r.text
    assert r.headers["content-type"].startswith(PROBLEM_JSON) and int(r.headers["retry-after"]) > 0
    assert r.json()["status"] == 503 and "database" in r.json()["detail"]


@pytest.mark.parametrize(
    "unreachable",
    ["sqlite+aiosqlite:///{tmp}/no-such-directory/covenant.db", "postgresql+asyncpg://postgres@127.0.0.1:1/covenant"],
    ids=["sqlite-file-cannot-be-opened", "postgresql-refused"],
)
async def test_a_database_that_cannot_be_reached_answers_503(database_url, tmp_path, unreachable):
    async with covenant_app(database_url) as app, caller(app) as admin:
        engine = make_engine(unreachable.format(tmp=tmp_path))
        app.state.engine, app.state.sessionmaker = engine, make_sessionmaker(engine)
        try:
            assert_unavailable(await admin.get("/v1/covenant/signatories"))
            assert_unavailable(await admin.put("/v1/covenant/signatories/DE0000001", json=signatory("Bonn", "DE")))
            # the idempotency middleware's own read of its table fails the same way
            assert_unavailable(
                await admin.put(
                    "/v1/covenant/signatories/DE0000001", json=signatory("Bonn", "DE"), headers={"Idempotency-Key": "k1"}
                )
            )
        finally:
            await engine.dispose()


async def test_a_read_whose_connection_is_lost_runs_once_more_and_a_write_answers_503(app):
    async with caller(app) as admin:
        assert (await admin.put("/v1/covenant/signatories/DE0000001", json=signatory("Bonn", "DE"))).status_code == 201
        lost = LostConnections(match=lambda sql: sql.lstrip().upper().startswith("SELECT"), fail=lambda n: n == 1)
        lost.install(app.state.engine)
        r = await admin.get("/v1/covenant/signatories/DE0000001")
        assert r.status_code == 200 and r.json()["name"] == "Bonn" and lost.raised == 1

        lost.match, lost.seen = (lambda sql: sql.lstrip().upper().startswith(("INSERT", "UPDATE"))), 0
        assert_unavailable(await admin.put("/v1/covenant/signatories/DE0000002", json=signatory("Köln", "DE")))
        assert lost.raised == 2  # the write ran once: not retried for the client
        assert (await admin.get("/v1/covenant/signatories/DE0000002")).status_code == 404  # nothing written
        assert (await admin.put("/v1/covenant/signatories/DE0000002", json=signatory("Köln", "DE"))).status_code == 201

        lost.match, lost.seen, lost.fail = (lambda sql: sql.lstrip().upper().startswith("SELECT")), 0, (lambda n: n <= 2)
        assert_unavailable(await admin.get("/v1/covenant/signatories/DE0000002"))  # lost twice: once more only


async def _storm(database_url: str, app, stop: asyncio.Event) -> int:
    """Lost connections until `stop`: on PostgreSQL its backends terminated; on SQLite (one
    file, no server) every 5th statement of the app's engine loses its connection."""
    if not using_postgres():
        lost = LostConnections(match=lambda sql: True, fail=lambda n: n % 5 == 0).install(app.state.engine)
        await stop.wait()
        lost.fail = lambda n: False  # the storm is over
        return lost.raised
    killed = 0
    while not stop.is_set():
        killed += await terminate_backends(database_url)
        await asyncio.sleep(0.02)
    return killed


async def test_under_lost_connections_every_answer_is_2xx_or_503_and_nothing_is_half_written(database_url):
    async with covenant_app(database_url) as app, caller(app) as admin:
        stop = asyncio.Event()
        storm = asyncio.create_task(_storm(database_url, app, stop))
        keys = [f"DE{n:07d}" for n in range(1, 61)]

        async def put(key: str):
            return key, await admin.put(f"/v1/covenant/signatories/{key}", json=signatory(f"Gemeinde {key}", "DE"))

        async def get(key: str):
            return key, await admin.get("/v1/covenant/signatories", params={"country": "DE"})

        try:
            answers = []
            for start in range(0, len(keys), 10):  # ten at a time, as a busy service would see them
                batch = keys[start : start + 10]
                answers += await asyncio.gather(*(put(k) for k in batch), *(get(k) for k in batch))
        finally:
            stop.set()
            faults = await storm
        assert faults > 0
        statuses = sorted({r.status_code for _, r in answers})
        assert set(statuses) <= {200, 201, 503}, [(r.status_code, r.text) for _, r in answers if r.status_code >= 500]
        for _, r in answers:
            if r.status_code == 503:
                assert_unavailable(r)
        # Nothing half-written: each stored signatory has both its commitments and its event.
        async with app.state.sessionmaker() as s:
            stored = set((await s.scalars(select(Signatory.gcom_id))).all())
            per_signatory = dict(
                (await s.execute(select(Commitment.signatory_id, func.count()).group_by(Commitment.signatory_id))).all()
            )
            ids = set((await s.scalars(select(Signatory.id))).all())
            events = await s.scalar(
                select(func.count()).select_from(kit.outbox).where(kit.outbox.c.type.like("%signatory.joined%"))
            )
        assert {k for k, r in answers if r.status_code == 201} <= stored
        assert all(per_signatory.get(i) == 2 for i in ids), per_signatory
        assert events == len(stored)
        # A write that answered 503 is safe to send again, as a client does on 503. (The storm also
        # killed idle pooled connections, up to the pool's 10; each is found dead, and dropped, by its
        # next use, which answers 503 once more.)
        for key, r in answers:
            if r.request.method == "PUT" and r.status_code == 503:
                for _ in range(12):
                    again = await admin.put(f"/v1/covenant/signatories/{key}", json=signatory(f"Gemeinde {key}", "DE"))
                    if again.status_code != 503:
                        break
                    assert_unavailable(again)
                assert again.status_code in (200, 201), again.text
