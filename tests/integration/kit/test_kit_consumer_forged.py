"""A consumer refuses an event whose ce-source or type does not belong to its subject's owner:
terminated at once (a dead letter), the handler never runs, a warning says why."""

from __future__ import annotations

import dataclasses
import logging

from shared.consumer import Consumer, ConsumerRunner
from shared.deadletters import list_dead_letters
from tests.integration.kit.kitsupport import ThingHappened, kit, new_event, publish, unique, wait_until


async def test_events_claiming_another_producer_are_terminated(db, own_js, background, caplog):
    js = own_js
    handled: list[str] = []

    async def handler(ctx, thing):
        handled.append(ctx.event.id)

    durable = unique("forged")
    runner = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: handler}), db.sessionmaker, kit.inbox, js)
    genuine = new_event()
    other_source = dataclasses.replace(new_event(), source="/iuc/pairing")
    # The right source, but a type of another subject: the consumer would hand it to that type's handler.
    other_type = dataclasses.replace(new_event(), nats_subject="iuc.kittest.thing.vanished")
    seqs = {await publish(js, ce): name for name, ce in [("source", other_source), ("type", other_type)]}
    await publish(js, genuine)
    # The consumer listens to the other subject too, as a consumer of several events does.
    runner.consumer.subjects.append("iuc.kittest.thing.vanished")
    with caplog.at_level(logging.WARNING, logger="iuc.consumer"):
        background(runner.run)
        await wait_until(lambda: handled == [genuine.id], "the genuine event handled")

        async def two_dead_letters():
            letters = [d for d in await list_dead_letters(js) if d.consumer == durable]
            return letters if len(letters) == 2 else None

        letters = await wait_until(two_dead_letters, "two dead letters")
    assert {seqs[d.stream_seq] for d in letters} == {"source", "type"}
    assert {d.reason for d in letters} == {"terminated"}
    refusals = [r.getMessage() for r in caplog.records if "refused a forged event" in r.getMessage()]
    assert any("'/iuc/pairing' is not '/iuc/kittest'" in m for m in refusals), refusals
    assert any("is not a type of subject iuc.kittest.thing.vanished" in m for m in refusals), refusals
    assert handled == [genuine.id]
