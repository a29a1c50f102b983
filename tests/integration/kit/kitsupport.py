"""Shared bits of the kit's integration tests: a tiny schema, a test event, polling helpers.

Imported as `tests.integration.kit.kitsupport` (the test files' own module names are
their basenames, so each starts with `test_kit_` to stay unique across the suite).
"""

from __future__ import annotations

import asyncio
import inspect
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, ClassVar

from nats.js import JetStreamContext
from nats.js.api import RawStreamMsg
from nats.js.errors import NotFoundError
from sqlalchemy import Column, String, Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db import new_metadata
from shared.events import CloudEvent, EventPayload
from shared.tables import kit_tables

STREAM = "IUC"

metadata = new_metadata()
kit = kit_tables(metadata)
things = Table(
    "things",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("note", String(200), nullable=False, server_default=""),
)


class ThingHappened(EventPayload):
    """The test event: iuc.kittest.thing.happened, type iuc.kittest.thing.happened.v1."""

    service: ClassVar[str] = "kittest"
    entity: ClassVar[str] = "thing"
    event: ClassVar[str] = "happened"

    thing_id: str
    note: str = ""


SUBJECT = ThingHappened.nats_subject()
EVENT_TYPE = ThingHappened.event_type()


def unique(prefix: str = "kit") -> str:
    """A short unique name (durable consumers, thing ids)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def new_event(note: str = "", thing_id: str | None = None) -> CloudEvent:
    """A fresh CloudEvent of the test type, ready to publish directly."""
    return CloudEvent.new(ThingHappened(thing_id=thing_id or unique("thing"), note=note), subject="things/x")


async def publish(js: JetStreamContext, ce: CloudEvent, msg_id: str | None = None) -> int:
    """Publish a CloudEvent as a producer would; returns its stream sequence."""
    headers = ce.headers()
    if msg_id is not None:
        headers["Nats-Msg-Id"] = msg_id
    ack = await js.publish(ce.nats_subject, ce.body(), headers=headers, stream=STREAM)
    return ack.seq


async def wait_until(
    predicate: Callable[[], Any | Awaitable[Any]], what: str, timeout: float = 10.0, interval: float = 0.02
) -> Any:
    """Poll `predicate` (sync or async) until it is truthy; fail after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = predicate()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return result
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(interval)


async def next_seq(js: JetStreamContext) -> int:
    """The sequence the next message of the stream will get; scan from here."""
    return (await js.stream_info(STREAM)).state.last_seq + 1


async def stream_messages(js: JetStreamContext, start_seq: int, subject: str = SUBJECT) -> list[RawStreamMsg]:
    """Every message on `subject` stored from `start_seq` on."""
    out: list[RawStreamMsg] = []
    seq = start_seq
    while True:
        try:
            msg = await js.get_msg(STREAM, seq=seq, subject=subject, next=True)
        except NotFoundError:
            return out
        out.append(msg)
        seq = msg.seq + 1


def ce_id(msg: RawStreamMsg) -> str | None:
    return (msg.headers or {}).get("ce-id")


async def copies(js: JetStreamContext, start_seq: int, ids: Iterable[str]) -> Counter[str]:
    """How many stored messages carry each of `ids` as ce-id (other tests' events ignored)."""
    wanted = set(ids)
    found = Counter(ce_id(m) for m in await stream_messages(js, start_seq))
    return Counter({i: found[i] for i in wanted})


async def count(sessionmaker: async_sessionmaker[AsyncSession], table: Table, *where: Any) -> int:
    async with sessionmaker() as session:
        return (await session.execute(select(func.count()).select_from(table).where(*where))).scalar_one()


async def outbox_rows(sessionmaker: async_sessionmaker[AsyncSession]) -> list[dict[str, Any]]:
    async with sessionmaker() as session:
        rows = (await session.execute(select(kit.outbox).order_by(kit.outbox.c.seq))).mappings().all()
        return [dict(r) for r in rows]


def count_passes(relay) -> list[int]:
    """Record how many rows each of the relay's passes publishes (in the returned list)."""
    passes: list[int] = []
    original = relay.publish_pending

    async def counting_pass() -> int:
        n = await original()
        passes.append(n)
        return n

    relay.publish_pending = counting_pass
    return passes
