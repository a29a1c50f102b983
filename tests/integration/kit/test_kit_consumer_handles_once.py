"""A consumer handles an event once, in a transaction with its inbox row, then acks it."""

from __future__ import annotations

from shared.consumer import Consumer, ConsumerRunner
from tests.integration.kit.kitsupport import STREAM, ThingHappened, count, kit, new_event, publish, things, unique, wait_until


async def test_event_is_handled_once_and_acked(db, own_js, background):
    js = own_js
    calls = []

    async def handler(ctx, thing):

        session, event = ctx.session, ctx.event
        calls.append(event.id)
        await session.execute(things.insert().values(id=event.data["thing_id"], note=event.data["note"]))

    durable = unique("once")
    ce = new_event(note="hello")
    runner = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: handler}), db.sessionmaker, kit.inbox, js)
    seq = await publish(js, ce)
    background(runner.run)

    await wait_until(lambda: runner.handled == 1, "the event to be handled")

    async def acked() -> bool:
        info = await js.consumer_info(STREAM, durable)
        return info.ack_floor.stream_seq == seq and info.num_ack_pending == 0 and info.num_pending == 0

    await wait_until(acked, "the ack")
    assert calls == [ce.id]
    assert await count(db.sessionmaker, things, things.c.id == ce.data["thing_id"], things.c.note == "hello") == 1
    assert (
        await count(
            db.sessionmaker,
            kit.inbox,
            kit.inbox.c.consumer == durable,
            kit.inbox.c.source == ce.source,
            kit.inbox.c.event_id == ce.id,
            kit.inbox.c.type == ce.type,
        )
        == 1
    )
    assert runner.skipped == 0
