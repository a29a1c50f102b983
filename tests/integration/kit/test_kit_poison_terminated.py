"""Poison messages are terminated at once and show up as dead letters (reason terminated)."""

from __future__ import annotations

import dataclasses

from shared.consumer import Consumer, ConsumerRunner, PoisonEvent
from shared.deadletters import list_dead_letters
from tests.integration.kit.kitsupport import (
    EVENT_TYPE,
    STREAM,
    SUBJECT,
    ThingHappened,
    count,
    kit,
    new_event,
    publish,
    things,
    unique,
    wait_until,
)


async def test_poison_messages_become_dead_letters(db, own_js, background):
    js = own_js
    calls = []

    async def handler(ctx, thing):

        session, event = ctx.session, ctx.event
        calls.append(event.id)
        await session.execute(things.insert().values(id=event.data["thing_id"]))
        raise PoisonEvent("this thing can never be processed")

    durable = unique("poison")
    runner = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: handler}), db.sessionmaker, kit.inbox, js)
    outcomes = []
    handle = runner.handle

    async def recording_handle(msg):
        outcomes.append(await handle(msg))
        return outcomes[-1]

    runner.handle = recording_handle

    not_ce_seq = (await js.publish(SUBJECT, b"just bytes", headers={"Nats-Msg-Id": unique("junk")}, stream=STREAM)).seq
    unknown = dataclasses.replace(new_event(), type=EVENT_TYPE.replace(".v1", ".v9"))
    invalid = dataclasses.replace(new_event(), data={"note": "no thing_id"})
    refused = new_event(note="poison")
    seqs = {"not_ce": not_ce_seq}
    for name, ce in [("unknown", unknown), ("invalid", invalid), ("refused", refused)]:
        seqs[name] = await publish(js, ce)
    background(runner.run)

    async def four_dead_letters():
        letters = [d for d in await list_dead_letters(js) if d.consumer == durable]
        return letters if len(letters) == 4 else None

    letters = await wait_until(four_dead_letters, "four dead letters")
    by_seq = {d.stream_seq: d for d in letters}
    assert set(by_seq) == set(seqs.values())
    assert {d.reason for d in letters} == {"terminated"}
    assert {d.deliveries for d in letters} == {1}
    assert outcomes == ["poison"] * 4

    junk = by_seq[seqs["not_ce"]]
    assert (junk.event_id, junk.event_type, junk.nats_subject) == (None, None, SUBJECT)
    assert by_seq[seqs["unknown"]].event_type == unknown.type
    assert by_seq[seqs["unknown"]].event_id == unknown.id
    assert by_seq[seqs["invalid"]].event_id == invalid.id
    assert (by_seq[seqs["refused"]].event_id, by_seq[seqs["refused"]].event_subject) == (refused.id, "things/x")

    # Only the valid event reached the handler: in its batch, then alone after the batch rolled back.
    assert set(calls) == {refused.id}
    assert await count(db.sessionmaker, things) == 0  # ...and its write was rolled back
    assert await count(db.sessionmaker, kit.inbox) == 0
