"""Consumers resume fast (issue 14, decision 0021): a short ack_wait brings back what a killed
consumer held within seconds, in-progress heartbeats keep a long batch from being sent again,
and an existing durable takes the new settings."""

from __future__ import annotations

import asyncio
import time

from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

from shared.consumer import Consumer, ConsumerRunner
from shared.nats import connect
from tests.integration.kit.kitsupport import (
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


async def _insert(ctx, thing) -> None:
    await ctx.session.execute(things.insert().values(id=thing.thing_id, note=thing.note))


async def test_an_existing_durable_takes_the_short_ack_wait(db, own_js):
    durable = unique("old")
    old = ConsumerConfig(durable_name=durable, ack_policy=AckPolicy.EXPLICIT, ack_wait=30, max_deliver=10, filter_subject=SUBJECT)
    await own_js.add_consumer(STREAM, old)
    runner = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: _insert}), db.sessionmaker, kit.inbox, own_js)
    await runner.ensure()
    assert (await own_js.consumer_info(STREAM, durable)).config.ack_wait == 5.0


async def test_a_durable_with_a_setting_the_server_cannot_change_keeps_it_and_takes_the_rest(db, own_js):
    durable = unique("other")
    # Made differently (deliver policy NEW): the server refuses to change that in place.
    other = ConsumerConfig(
        durable_name=durable,
        ack_policy=AckPolicy.EXPLICIT,
        deliver_policy=DeliverPolicy.NEW,
        ack_wait=30,
        max_deliver=3,
        filter_subject=SUBJECT,
    )
    await own_js.add_consumer(STREAM, other)
    runner = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: _insert}), db.sessionmaker, kit.inbox, own_js)
    await runner.ensure()
    config = (await own_js.consumer_info(STREAM, durable)).config
    assert (config.ack_wait, config.max_deliver, config.deliver_policy) == (5.0, 10, DeliverPolicy.NEW)


async def test_a_batch_that_outlasts_ack_wait_is_not_sent_again(db, own_js, background):
    calls: list[str] = []

    async def slow(ctx, thing) -> None:
        calls.append(thing.thing_id)
        await asyncio.sleep(1.5)  # three times ack_wait: without heartbeats JetStream resends it meanwhile
        await _insert(ctx, thing)

    consumer = Consumer(durable=unique("slow"), handlers={ThingHappened: slow}, ack_wait_seconds=0.5)
    runner = ConsumerRunner(consumer, db.sessionmaker, kit.inbox, own_js)
    for i in range(2):
        await publish(own_js, new_event(note=f"slow {i}"))
    background(runner.run)
    await wait_until(lambda: runner.handled == 2, "both events handled", timeout=30)
    await asyncio.sleep(1.5)  # room for any copy sent during the batch to be fetched
    assert runner.skipped == 0 and len(calls) == 2
    info = await own_js.consumer_info(STREAM, consumer.durable)
    assert info.num_redelivered == 0 and info.num_ack_pending == 0


async def test_what_a_killed_consumer_held_is_handled_seconds_after_a_restart(db, own_js, own_nats_server, background):
    durable = unique("killed")
    held = asyncio.Event()

    async def hang(ctx, thing) -> None:
        held.set()
        await asyncio.Event().wait()  # stuck until the process dies

    nc = await connect(own_nats_server.url, "doomed")
    doomed = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: hang}), db.sessionmaker, kit.inbox, nc.jetstream())
    events = [new_event(note=f"held {i}") for i in range(3)]
    for ce in events:
        await publish(own_js, ce)
    task = background(doomed.run)
    await asyncio.wait_for(held.wait(), timeout=30)
    # A SIGKILL: the task stops mid-transaction and the connection goes, nothing acked or nak'ed.
    task.cancel()
    await nc.close()
    killed_at = time.monotonic()

    restarted = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: _insert}), db.sessionmaker, kit.inbox, own_js)
    background(restarted.run)
    # ack_wait is 5 s: well under the old 30 s even on a loaded machine.
    await wait_until(lambda: restarted.handled == 3, "the held events handled after the restart", timeout=20)
    print(f"\ncatch-up after the kill: {time.monotonic() - killed_at:.1f} s")
    assert await count(db.sessionmaker, things) == 3
