"""A row the stream refuses for what it is does not hold up the rows behind it; a refusal
that says nothing about the row fails the pass and leaves every row to the next one."""

from __future__ import annotations

import pytest

from shared.nats import PublishFailed
from shared.outbox import PARK_AFTER, OutboxRelay, record_event
from tests.integration.kit.kitsupport import ThingHappened, copies, kit, next_seq, outbox_rows


async def test_a_row_too_large_to_publish_is_noted_and_parked_while_the_others_go(db, js, nc):
    start = await next_seq(js)
    async with db.sessionmaker() as session, session.begin():
        before = await record_event(session, kit.outbox, ThingHappened(thing_id="before"), None)
        huge = await record_event(session, kit.outbox, ThingHappened(thing_id="huge", note="x" * (nc.max_payload + 1)), None)
        after = await record_event(session, kit.outbox, ThingHappened(thing_id="after"), None)
    relay = OutboxRelay(db.sessionmaker, kit.outbox, nc)

    assert await relay.publish_pending() == 2
    assert await copies(js, start, [before.id, huge.id, after.id]) == {before.id: 1, huge.id: 0, after.id: 1}
    rows = {r["event_id"]: r for r in await outbox_rows(db.sessionmaker)}
    assert rows[huge.id]["published_at"] is None and rows[huge.id]["attempts"] == 1
    assert "MaxPayloadError" in rows[huge.id]["last_error"]

    for _ in range(PARK_AFTER - 1):
        assert await relay.publish_pending() == 0
    assert await relay.publish_pending() == 0  # parked: not even tried
    [parked] = [r for r in await outbox_rows(db.sessionmaker) if r["event_id"] == huge.id]
    assert parked["attempts"] == PARK_AFTER and parked["published_at"] is None


async def test_no_stream_for_a_subject_fails_the_pass_and_marks_nothing(db, js, nc):
    async with db.sessionmaker() as session, session.begin():
        ce = await record_event(session, kit.outbox, ThingHappened(thing_id="lost"), None)
        ok = await record_event(session, kit.outbox, ThingHappened(thing_id="fine"), None)
        # As if the stream's subjects had been narrowed by an operator: nothing takes this one.
        await session.execute(
            kit.outbox.update().where(kit.outbox.c.event_id == ce.id).values(nats_subject="elsewhere.kit.thing")
        )
    relay = OutboxRelay(db.sessionmaker, kit.outbox, nc)

    with pytest.raises(PublishFailed, match="no stream"):
        await relay.publish_pending()
    rows = await outbox_rows(db.sessionmaker)
    assert {(r["event_id"], r["published_at"], r["attempts"], r["last_error"]) for r in rows} == {
        (ce.id, None, 0, None),
        (ok.id, None, 0, None),
    }
