"""The handler's writes and the inbox row commit together: a failed try leaves nothing."""

from __future__ import annotations

import shared.consumer
from shared.consumer import Consumer, ConsumerRunner
from tests.integration.kit.kitsupport import STREAM, ThingHappened, count, kit, new_event, publish, things, unique


async def test_handler_failure_after_writing_stores_nothing(db, own_js, monkeypatch):
    js = own_js
    monkeypatch.setattr(shared.consumer, "nak_delay", lambda delivery: 0.05)
    calls = 0

    async def writes_then_fails_once(ctx, thing):

        session, event = ctx.session, ctx.event
        nonlocal calls
        calls += 1
        await session.execute(things.insert().values(id=event.data["thing_id"], note=f"try {calls}"))
        if calls == 1:
            raise RuntimeError("failed after writing")

    durable = unique("atomic")
    ce = new_event()
    runner = ConsumerRunner(
        Consumer(durable=durable, handlers={ThingHappened: writes_then_fails_once}), db.sessionmaker, kit.inbox, js
    )
    await runner.ensure()
    await publish(js, ce)
    psub = await js.pull_subscribe_bind(durable=durable, stream=STREAM)

    [first] = await psub.fetch(1, timeout=5)
    assert await runner.handle(first) == "retry"
    assert await count(db.sessionmaker, things) == 0
    assert await count(db.sessionmaker, kit.inbox) == 0  # so the retry is not taken for a duplicate

    [second] = await psub.fetch(1, timeout=5)
    assert second.metadata.num_delivered == 2
    assert await runner.handle(second) == "handled"
    assert await count(db.sessionmaker, things, things.c.note == "try 2") == 1
    assert await count(db.sessionmaker, things) == 1
    assert await count(db.sessionmaker, kit.inbox) == 1
