"""A transient failure is nak'ed with a delay and retried; the event is handled exactly once."""

from __future__ import annotations

import shared.consumer
from shared.consumer import Consumer, ConsumerRunner
from tests.integration.kit.kitsupport import ThingHappened, count, kit, new_event, publish, things, unique, wait_until


async def test_failing_handler_is_retried_until_it_succeeds(db, own_js, background, monkeypatch):
    js = own_js
    asked: list[int] = []

    def quick_delay(delivery: int) -> float:
        asked.append(delivery)
        return 0.05

    monkeypatch.setattr(shared.consumer, "nak_delay", quick_delay)
    calls = []

    async def flaky(ctx, thing):

        session, event = ctx.session, ctx.event
        calls.append(event.id)
        if len(calls) == 1:
            raise ConnectionError("the search index is restarting")
        await session.execute(things.insert().values(id=event.data["thing_id"]))

    ce = new_event()
    runner = ConsumerRunner(Consumer(durable=unique("retry"), handlers={ThingHappened: flaky}), db.sessionmaker, kit.inbox, js)
    outcomes: list[tuple[int, str]] = []
    handle = runner.handle

    async def recording_handle(msg):
        result = await handle(msg)
        outcomes.append((msg.metadata.num_delivered, result))
        return result

    runner.handle = recording_handle
    await publish(js, ce)
    background(runner.run)

    await wait_until(lambda: runner.handled == 1, "the retried event to be handled")
    assert outcomes == [(1, "retry"), (2, "handled")]
    assert asked == [1]  # the back-off was asked for the first delivery
    assert calls == [ce.id, ce.id]
    assert await count(db.sessionmaker, things) == 1
    assert await count(db.sessionmaker, kit.inbox) == 1
