"""Every query of the insights service: the read model's upserts, and what the API reads."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table, case, delete, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.insights.domain import Change, Key
from services.insights.models import DailyValue, MetricTotal, Progress, Tracked
from shared.db import is_sqlite

PROGRESS = "insights"
# The read model's tables, in the order a rebuild empties and a comparison reads them.
READ_MODEL = (DailyValue, MetricTotal, Tracked, Progress)
# Rows per statement, under SQLite's and asyncpg's parameter limits.
CHUNK = 500


def _insert(session: AsyncSession, model):
    return (sqlite_insert if is_sqlite(session.bind) else pg_insert)(model)


async def tracked(session: AsyncSession, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    """What is kept of these entities (those it has)."""
    wanted = sorted(set(keys))
    out: dict[Key, dict[str, Any]] = {}
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i : i + CHUNK]
        query = select(Tracked.kind, Tracked.id, Tracked.attributes).where(tuple_(Tracked.kind, Tracked.id).in_(chunk))
        if not is_sqlite(session.bind):
            # Replicas sharing the durable: the second to read an entity waits for the first's
            # move, so a stock never moves twice from the same old bucket (SQLite writes one at a time).
            query = query.order_by(Tracked.kind, Tracked.id).with_for_update()
        rows = await session.execute(query)
        out.update({(kind, id_): attributes for kind, id_, attributes in rows})
    return out


async def apply(
    session: AsyncSession,
    changes: Sequence[Change],
    entities: dict[Key, dict[str, Any] | None],
    events: int,
    last_event_time: str | None,
) -> None:
    """Add the changes to the daily values and the totals, store the entities, count the events.

    Every bucket a change names gets its row, even when the changes add up to 0, so that a read
    model built in other batches (a rebuild) has the same rows."""
    daily: dict[tuple[str, date, str], float] = defaultdict(float)
    totals: dict[tuple[str, str], float] = defaultdict(float)
    for c in changes:
        daily[(c.metric, c.day, c.key)] += c.delta
        totals[(c.metric, c.key)] += c.delta
    # Sorted, so that two replicas' transactions lock rows in the same order.
    await _add(
        session,
        DailyValue,
        ["metric", "day", "dims_key"],
        [{"metric": m, "day": d, "dims_key": k, "dims": json.loads(k), "value": v} for (m, d, k), v in sorted(daily.items())],
    )
    await _add(
        session,
        MetricTotal,
        ["metric", "dims_key"],
        [{"metric": m, "dims_key": k, "dims": json.loads(k), "value": v} for (m, k), v in sorted(totals.items())],
    )
    await _store(session, entities)
    await _count(session, events, last_event_time)


async def _add(session: AsyncSession, model, key: list[str], rows: list[dict[str, Any]]) -> None:
    table: Table = model.__table__
    for i in range(0, len(rows), CHUNK):
        stmt = _insert(session, model)
        stmt = stmt.on_conflict_do_update(index_elements=key, set_={"value": table.c.value + stmt.excluded.value})
        await session.execute(stmt, rows[i : i + CHUNK])


async def _store(session: AsyncSession, entities: dict[Key, dict[str, Any] | None]) -> None:
    gone = sorted(k for k, v in entities.items() if v is None)
    kept = [{"kind": k[0], "id": k[1], "attributes": v} for k, v in sorted(entities.items()) if v is not None]
    for i in range(0, len(gone), CHUNK):
        await session.execute(delete(Tracked).where(tuple_(Tracked.kind, Tracked.id).in_(gone[i : i + CHUNK])))
    for i in range(0, len(kept), CHUNK):
        stmt = _insert(session, Tracked)
        stmt = stmt.on_conflict_do_update(index_elements=["kind", "id"], set_={"attributes": stmt.excluded.attributes})
        await session.execute(stmt, kept[i : i + CHUNK])


async def _count(session: AsyncSession, events: int, last_event_time: str | None) -> None:
    table = Progress.__table__
    stmt = _insert(session, Progress).values(name=PROGRESS, events_applied=events, last_event_time=last_event_time)
    # Atomic in the statement: replicas sharing the durable never lose each other's counts.
    latest = case(
        (table.c.last_event_time.is_(None), stmt.excluded.last_event_time),
        (stmt.excluded.last_event_time > table.c.last_event_time, stmt.excluded.last_event_time),
        else_=table.c.last_event_time,
    )
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=["name"],
            set_={"events_applied": table.c.events_applied + stmt.excluded.events_applied, "last_event_time": latest},
        )
    )


async def daily_values(session: AsyncSession, metric: str, since: date | None, until: date) -> list[tuple[date, dict, float]]:
    """(day, dims, value) of a metric up to `until` (from `since`, or from the first day)."""
    query = select(DailyValue.day, DailyValue.dims, DailyValue.value).where(DailyValue.metric == metric, DailyValue.day <= until)
    if since is not None:
        query = query.where(DailyValue.day >= since)
    return [tuple(r) for r in (await session.execute(query.order_by(DailyValue.day, DailyValue.dims_key)))]


async def metric_totals(session: AsyncSession, metrics: Iterable[str]) -> dict[str, list[tuple[dict, float]]]:
    """metric -> (dims, total) of its buckets."""
    out: dict[str, list[tuple[dict, float]]] = defaultdict(list)
    query = select(MetricTotal.metric, MetricTotal.dims, MetricTotal.value).where(MetricTotal.metric.in_(sorted(set(metrics))))
    for metric, dims, value in await session.execute(query):
        out[metric].append((dims, value))
    return out


async def entities(session: AsyncSession, kinds: Iterable[str]) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """kind -> (id, attributes) of every tracked entity of these kinds, by id."""
    out: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    query = select(Tracked.kind, Tracked.id, Tracked.attributes).where(Tracked.kind.in_(sorted(set(kinds))))
    for kind, id_, attributes in await session.execute(query.order_by(Tracked.kind, Tracked.id)):
        out[kind].append((id_, attributes))
    return out


async def progress(session: AsyncSession) -> tuple[int, str | None]:
    """How many events were applied, and the latest `ce-time` among them."""
    query = select(Progress.events_applied, Progress.last_event_time).where(Progress.name == PROGRESS)
    row = (await session.execute(query)).first()
    return (row[0], row[1]) if row else (0, None)


async def empty(session: AsyncSession, inbox: Table, consumers: Sequence[str]) -> dict[str, int]:
    """Delete the read model and the consumers' inbox rows; rows deleted per table."""
    out = {}
    for model in READ_MODEL:
        out[model.__tablename__] = (await session.execute(delete(model))).rowcount
    out["inbox"] = (await session.execute(delete(inbox).where(inbox.c.consumer.in_(list(consumers))))).rowcount
    return out


async def rename_inbox(session: AsyncSession, inbox: Table, old: str, new: str) -> int:
    """Give a consumer's inbox rows to another consumer name (a rebuild's to the live durable's)."""
    return (await session.execute(inbox.update().where(inbox.c.consumer == old).values(consumer=new))).rowcount


async def snapshot(session: AsyncSession) -> dict[str, list[tuple]]:
    """Every row of the read model, in key order: what a rebuild is compared by."""
    out = {}
    for model in READ_MODEL:
        table = model.__table__
        rows = await session.execute(select(table).order_by(*table.primary_key.columns))
        out[table.name] = [tuple(r) for r in rows]
    return out
