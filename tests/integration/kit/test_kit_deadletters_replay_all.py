"""`replay(ALL)`: one copy per original message, however many consumers gave up on it;
a dead letter whose original message left the stream is kept, not replayed."""

from __future__ import annotations

from shared.consumer import Consumer, ConsumerRunner, PoisonEvent
from shared.deadletters import ALL, list_dead_letters, replay
from tests.integration.kit.kitsupport import STREAM, ThingHappened, copies, kit, new_event, publish, unique, wait_until


async def test_replay_all(db, own_js, background):
    js = own_js

    async def refuse(ctx, thing):

        raise PoisonEvent("not today")

    shared_ce, gone_ce = new_event(), new_event()
    for _ in range(2):
        runner = ConsumerRunner(Consumer(durable=unique("all"), handlers={ThingHappened: refuse}), db.sessionmaker, kit.inbox, js)
        background(runner.run)
    await publish(js, shared_ce)
    gone_seq = await publish(js, gone_ce)

    async def four():
        letters = await list_dead_letters(js)
        return letters if len(letters) == 4 else None

    await wait_until(four, "two consumers to give up on two events")
    await js.delete_msg(STREAM, gone_seq)  # e.g. aged out of the stream

    letters = await list_dead_letters(js)
    gone = [d for d in letters if d.stream_seq == gone_seq]
    assert len(gone) == 2 and all(d.missing and d.event_id is None for d in gone)

    assert await replay(js, ALL) == 2  # the two letters of shared_ce
    assert await copies(js, 1, [shared_ce.id]) == {shared_ce.id: 2}  # original + ONE replayed copy
    assert {d.dlq_seq for d in await list_dead_letters(js)} >= {d.dlq_seq for d in gone}
