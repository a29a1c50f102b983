"""A crash between publish and mark: the row is published again and stored once."""

from __future__ import annotations

import pytest

from shared.outbox import OutboxRelay, record_event
from tests.integration.kit.kitsupport import ThingHappened, copies, kit, next_seq, outbox_rows


async def test_crash_after_publish_republishes_and_jetstream_keeps_one_copy(db, js, nc):
    start = await next_seq(js)
    async with db.sessionmaker() as session, session.begin():
        ce = await record_event(session, kit.outbox, ThingHappened(thing_id="crash"), "things/crash")

    relay = OutboxRelay(db.sessionmaker, kit.outbox, nc)
    calls: list[str] = []

    async def crash_once(event_id: str) -> None:
        calls.append(event_id)
        if len(calls) == 1:
            raise RuntimeError("process died before marking the row")

    relay.after_publish = crash_once
    with pytest.raises(RuntimeError, match="before marking"):
        await relay.publish_pending()
    [row] = await outbox_rows(db.sessionmaker)
    assert row["published_at"] is None and row["attempts"] == 0
    assert (await copies(js, start, [ce.id]))[ce.id] == 1  # it did reach JetStream

    assert await relay.publish_pending() == 1
    assert calls == [ce.id, ce.id]  # really published a second time
    assert (await copies(js, start, [ce.id]))[ce.id] == 1  # ...and de-duplicated by Nats-Msg-Id
    [row] = await outbox_rows(db.sessionmaker)
    assert row["published_at"] is not None
    assert await relay.publish_pending() == 0
