"""A handler that always fails transiently exhausts max_deliver and becomes a dead letter."""

from __future__ import annotations

import shared.consumer
from shared.consumer import Consumer, ConsumerRunner
from shared.deadletters import list_dead_letters
from tests.integration.kit.kitsupport import ThingHappened, count, kit, new_event, publish, things, unique, wait_until


async def test_always_failing_handler_reaches_max_deliveries(db, own_js, background, monkeypatch):
    js = own_js
    monkeypatch.setattr(shared.consumer, "nak_delay", lambda delivery: 0.05)
    calls = []

    async def always_down(ctx, thing):

        event = ctx.event
        calls.append(event.id)
        raise TimeoutError("the partner API never answers")

    durable = unique("maxdel")
    ce = new_event()
    runner = ConsumerRunner(
        Consumer(durable=durable, handlers={ThingHappened: always_down}, max_deliver=2), db.sessionmaker, kit.inbox, js
    )
    seq = await publish(js, ce)
    background(runner.run)

    async def dead_letter():
        return [d for d in await list_dead_letters(js) if d.consumer == durable]

    [letter] = await wait_until(dead_letter, "the max-deliveries dead letter")
    assert letter.reason == "max_deliveries"
    assert (letter.stream_seq, letter.deliveries) == (seq, 2)
    assert (letter.event_id, letter.event_type) == (ce.id, ce.type)
    assert calls == [ce.id, ce.id]
    assert runner.handled == 0
    assert await count(db.sessionmaker, things) == 0
