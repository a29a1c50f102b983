"""The same CloudEvent stored twice (another Nats-Msg-Id) is handled once; the copy is acked."""

from __future__ import annotations

from shared.consumer import Consumer, ConsumerRunner
from tests.integration.kit.kitsupport import STREAM, ThingHappened, count, kit, new_event, publish, things, unique, wait_until


async def test_second_copy_is_acked_as_duplicate(db, own_js):
    js = own_js
    calls = []

    async def handler(ctx, thing):

        session, event = ctx.session, ctx.event
        calls.append(event.id)
        await session.execute(things.insert().values(id=event.data["thing_id"]))

    durable = unique("dup")
    ce = new_event()
    runner = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: handler}), db.sessionmaker, kit.inbox, js)
    await runner.ensure()
    seqs = [await publish(js, ce, msg_id=f"{ce.id}-a"), await publish(js, ce, msg_id=f"{ce.id}-b")]
    assert seqs[0] != seqs[1]  # JetStream stored both copies

    psub = await js.pull_subscribe_bind(durable=durable, stream=STREAM)
    msgs = []
    while len(msgs) < 2:
        msgs += await psub.fetch(2 - len(msgs), timeout=5)
    assert [await runner.handle(m) for m in msgs] == ["handled", "duplicate"]

    async def all_acked() -> bool:
        info = await js.consumer_info(STREAM, durable)
        return info.ack_floor.stream_seq == seqs[1] and info.num_ack_pending == 0

    await wait_until(all_acked, "both copies acked")
    assert calls == [ce.id]
    assert (runner.handled, runner.skipped) == (1, 1)
    assert await count(db.sessionmaker, kit.inbox, kit.inbox.c.consumer == durable) == 1
    assert await count(db.sessionmaker, things) == 1
