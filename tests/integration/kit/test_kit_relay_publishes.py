"""The relay publishes committed outbox rows as binary CloudEvents, and nothing else."""

from __future__ import annotations

from datetime import datetime

import orjson

from shared.outbox import OutboxRelay, record_event
from tests.integration.kit.kitsupport import (
    EVENT_TYPE,
    SUBJECT,
    ThingHappened,
    copies,
    kit,
    next_seq,
    outbox_rows,
    stream_messages,
    things,
    unique,
)


async def test_committed_rows_are_published_with_cloudevents_headers(db, js, nc):
    start = await next_seq(js)
    committed = []
    async with db.sessionmaker() as session, session.begin():
        for i in range(3):
            thing_id = unique("thing")
            await session.execute(things.insert().values(id=thing_id, note=f"n{i}"))
            committed.append(
                await record_event(session, kit.outbox, ThingHappened(thing_id=thing_id, note=f"n{i}"), f"things/{thing_id}")
            )

    async with db.sessionmaker() as session:
        async with session.begin():
            rolled_back = await record_event(session, kit.outbox, ThingHappened(thing_id="never"), "things/never")
            await session.rollback()

    relay = OutboxRelay(db.sessionmaker, kit.outbox, nc)
    assert await relay.publish_pending() == 3
    assert await relay.publish_pending() == 0

    ids = [ce.id for ce in committed]
    assert await copies(js, start, [*ids, rolled_back.id]) == {**dict.fromkeys(ids, 1), rolled_back.id: 0}

    by_id = {m.headers["ce-id"]: m for m in await stream_messages(js, start) if m.headers["ce-id"] in ids}
    for ce in committed:
        msg = by_id[ce.id]
        h = msg.headers
        assert msg.subject == SUBJECT
        assert h["ce-specversion"] == "1.0"
        assert h["ce-source"] == "/iuc/kittest"
        assert h["ce-type"] == EVENT_TYPE
        assert h["ce-subject"] == ce.subject
        assert h["ce-time"] == ce.time
        assert datetime.fromisoformat(h["ce-time"].replace("Z", "+00:00")).tzinfo is not None
        assert h["Nats-Msg-Id"] == ce.id
        assert orjson.loads(msg.data) == ce.data == {"thing_id": ce.data["thing_id"], "note": ce.data["note"]}

    rows = await outbox_rows(db.sessionmaker)
    assert [r["event_id"] for r in rows] == ids  # the rolled-back event never reached the outbox
    assert all(r["published_at"] is not None and r["attempts"] == 1 for r in rows)
