"""A fetched batch is handled in one transaction; one failing event does not hold up the rest."""

from __future__ import annotations

from shared.consumer import Consumer, ConsumerRunner
from tests.integration.kit.kitsupport import ThingHappened, count, kit, new_event, publish, things, unique, wait_until


async def test_a_failure_in_a_batch_falls_back_to_one_by_one(db, own_js, background):
    js = own_js
    events = [new_event(note=f"n{i}") for i in range(6)]
    flaky = events[3].id
    failures: list[str] = []

    async def handler(ctx, thing):

        session, event = ctx.session, ctx.event
        await session.execute(things.insert().values(id=event.data["thing_id"], note=event.data["note"]))
        if event.id == flaky and not failures:
            failures.append(event.id)
            raise RuntimeError("the database blinked")

    runner = ConsumerRunner(Consumer(durable=unique("batch"), handlers={ThingHappened: handler}), db.sessionmaker, kit.inbox, js)
    for ce in events:
        await publish(js, ce)
    background(runner.run)

    await wait_until(lambda: runner.handled == 6, "every event handled", timeout=20)
    assert failures == [flaky]
    assert await count(db.sessionmaker, things) == 6  # each written once: the failed batch left nothing behind
    assert await count(db.sessionmaker, kit.inbox) == 6
    assert runner.skipped == 0


async def test_a_batch_of_duplicates_is_acked_without_handling(db, own_js, background):
    js = own_js
    ce = new_event(note="twice")
    calls: list[str] = []

    async def handler(ctx, thing):

        session, event = ctx.session, ctx.event
        calls.append(event.id)
        await session.execute(things.insert().values(id=event.data["thing_id"]))

    runner = ConsumerRunner(Consumer(durable=unique("dups"), handlers={ThingHappened: handler}), db.sessionmaker, kit.inbox, js)
    for n in range(3):
        await publish(js, ce, msg_id=f"{ce.id}-{n}")  # the same event, stored three times
    background(runner.run)

    await wait_until(lambda: runner.handled + runner.skipped == 3, "three deliveries", timeout=20)
    assert (runner.handled, runner.skipped, calls) == (1, 2, [ce.id])
    assert await count(db.sessionmaker, things) == 1


async def test_a_batch_handler_takes_runs_of_its_type_in_order(db, own_js, background):
    js = own_js
    events = [new_event(note=f"n{i}") for i in range(5)]
    runs: list[list[str]] = []

    async def run_handler(ctx, batch_things):
        session, batch = ctx.session, ctx.events
        runs.append([e.data["note"] for e in batch])
        for e in batch:
            await session.execute(things.insert().values(id=e.data["thing_id"], note=e.data["note"]))

    consumer = Consumer(durable=unique("runs"), handlers={}, batch_handlers={ThingHappened: run_handler})
    runner = ConsumerRunner(consumer, db.sessionmaker, kit.inbox, js)
    for ce in events:
        await publish(js, ce)
    background(runner.run)

    await wait_until(lambda: runner.handled == 5, "every event handled", timeout=20)
    assert [note for run in runs for note in run] == ["n0", "n1", "n2", "n3", "n4"]  # each once, in order
    assert len(runs) < 5  # at least two of them came in one call
    assert await count(db.sessionmaker, things) == 5


async def test_a_batch_skips_the_events_the_inbox_already_holds(db, own_js, background):
    js = own_js
    events = [new_event(note=f"n{i}") for i in range(5)]
    durable = unique("seen")
    calls: list[str] = []

    async def handler(ctx, thing):

        event = ctx.event
        calls.append(event.data["note"])

    runner = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: handler}), db.sessionmaker, kit.inbox, js)
    async with db.sessionmaker() as session, session.begin():  # handled before, e.g. by another replica
        for ce in (events[1], events[3]):
            await session.execute(kit.inbox.insert().values(consumer=durable, source=ce.source, event_id=ce.id, type=ce.type))
    for ce in events:
        await publish(js, ce)
    background(runner.run)

    await wait_until(lambda: runner.handled + runner.skipped == 5, "five deliveries", timeout=20)
    assert (runner.handled, runner.skipped) == (3, 2)
    assert calls == ["n0", "n2", "n4"]
    assert await count(db.sessionmaker, kit.inbox) == 5
