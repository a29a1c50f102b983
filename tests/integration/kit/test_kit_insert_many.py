"""Bulk inserts: COPY on PostgreSQL, executemany on SQLite, the same rows either way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from shared.db import COPY_FROM_ROWS, insert_many
from tests.integration.kit.kitsupport import kit

AT = datetime(2026, 11, 26, 12, 30, tzinfo=UTC)


def outbox_row(n: int) -> dict:
    return {
        "event_id": f"bulk-{n}",
        "nats_subject": "iuc.kitunit.thing.happened",
        "type": "iuc.kitunit.thing.happened.v1",
        "source": "/iuc/kitunit",
        "subject": None if n % 2 else f"things/{n}",
        "time": "2026-11-26T12:30:00Z",
        "traceparent": None,
        "data": {"n": n, "name": f"Łódź {n}", "tags": ["a", None]},
        "created_at": AT,
    }


async def test_many_rows_arrive_whole_with_json_and_utc_timestamps(db):
    rows = [outbox_row(n) for n in range(COPY_FROM_ROWS + 50)]
    async with db.sessionmaker() as session, session.begin():
        await insert_many(session, kit.outbox, rows)

    async with db.sessionmaker() as session:
        stored = (await session.execute(select(kit.outbox).order_by(kit.outbox.c.seq))).mappings().all()
    assert [r["event_id"] for r in stored] == [r["event_id"] for r in rows]  # in order
    assert [r["data"] for r in stored] == [r["data"] for r in rows]
    assert [r["subject"] for r in stored] == [r["subject"] for r in rows]
    assert {r["created_at"] for r in stored} == {AT}
    assert {(r["published_at"], r["attempts"]) for r in stored} == {(None, 0)}  # server defaults apply


async def test_many_rows_without_a_value_for_a_python_default_are_refused_on_every_database(db):
    rows = [{k: v for k, v in outbox_row(n).items() if k != "created_at"} for n in range(COPY_FROM_ROWS)]
    async with db.sessionmaker() as session, session.begin():
        with pytest.raises(ValueError, match="created_at"):
            await insert_many(session, kit.outbox, rows)
