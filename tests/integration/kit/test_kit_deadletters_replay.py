"""Replay puts a dead letter back: the fixed consumer handles it, the others skip it."""

from __future__ import annotations

import orjson

from shared.consumer import Consumer, ConsumerRunner, PoisonEvent
from shared.deadletters import list_dead_letters, replay
from tests.integration.kit.kitsupport import (
    STREAM,
    SUBJECT,
    ThingHappened,
    copies,
    count,
    kit,
    new_event,
    publish,
    things,
    unique,
    wait_until,
)


async def test_replayed_event_is_handled_by_the_fixed_consumer(db, own_js, background):
    js = own_js
    broken = True
    calls: dict[str, list[str]] = {"fixme": [], "healthy": []}

    def handler_for(name: str):
        async def handler(ctx, thing):
            session, event = ctx.session, ctx.event
            calls[name].append(event.id)
            if name == "fixme" and broken:
                raise PoisonEvent("a bug in this handler")
            await session.execute(things.insert().values(id=f"{name}:{event.data['thing_id']}"))

        return handler

    ce = new_event()
    runners = {
        name: ConsumerRunner(
            Consumer(durable=unique(name), handlers={ThingHappened: handler_for(name)}), db.sessionmaker, kit.inbox, js
        )
        for name in calls
    }
    seq = await publish(js, ce)
    for r in runners.values():
        background(r.run)

    async def dead_letters():
        return await list_dead_letters(js)

    [letter] = await wait_until(dead_letters, "the dead letter")
    await wait_until(lambda: runners["healthy"].handled == 1, "the healthy consumer")
    assert (letter.consumer, letter.reason, letter.stream_seq) == (runners["fixme"].consumer.durable, "terminated", seq)

    broken = False  # the fix is deployed
    assert await replay(js, [letter.dlq_seq]) == 1

    await wait_until(lambda: runners["fixme"].handled == 1, "the replayed event to be handled")
    await wait_until(lambda: runners["healthy"].skipped == 1, "the healthy consumer to skip the copy")
    assert calls == {"fixme": [ce.id, ce.id], "healthy": [ce.id]}
    assert await count(db.sessionmaker, things) == 2
    assert await list_dead_letters(js) == []

    copy = await js.get_last_msg(STREAM, SUBJECT)
    original = await js.get_msg(STREAM, seq)
    assert copy.seq > seq
    assert copy.data == original.data and orjson.loads(copy.data) == ce.data
    assert {k: v for k, v in copy.headers.items() if k.startswith("ce-")} == {
        k: v for k, v in original.headers.items() if k.startswith("ce-")
    }
    assert copy.headers["Nats-Msg-Id"] == f"{ce.id}.replay.{letter.dlq_seq}"

    # Replaying the same dead letter again does nothing: it is gone.
    assert await replay(js, [letter.dlq_seq]) == 0
    assert (await copies(js, 1, [ce.id]))[ce.id] == 2
