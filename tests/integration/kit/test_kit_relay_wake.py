"""The relay is woken by the commit that writes an event, not by its (here 60 s) poll."""

from __future__ import annotations

from shared.outbox import OutboxRelay, record_event
from tests.integration.kit.kitsupport import ThingHappened, copies, count_passes, kit, next_seq, wait_until


async def test_commit_wakes_a_sleeping_relay(db, js, nc, background):
    start = await next_seq(js)
    relay = OutboxRelay(db.sessionmaker, kit.outbox, nc, idle_poll_seconds=60)
    passes = count_passes(relay)
    task = background(relay.run)
    await wait_until(lambda: passes == [0], "the relay's first (empty) pass")

    # The relay now sleeps for up to 60 s; only the commit can wake it.
    async with db.sessionmaker() as session, session.begin():
        ce = await record_event(session, kit.outbox, ThingHappened(thing_id="woken"), None)

    async def on_stream() -> bool:
        return (await copies(js, start, [ce.id]))[ce.id] == 1

    await wait_until(on_stream, "the event on the stream", timeout=5.0)
    # The message reaches the stream before the pass that sent it has marked it and returned.
    await wait_until(lambda: len(passes) >= 2, "the woken pass to finish", timeout=5.0)
    assert passes[:2] == [0, 1]

    relay.stop()
    await wait_until(task.done, "the relay to stop", timeout=5.0)
    assert task.exception() is None
