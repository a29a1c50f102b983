"""A relay in another process (here: on another sessionmaker and NATS connection, sleeping
for up to 60 s) is woken by the commit's NATS message, not by its poll."""

from __future__ import annotations

from shared.nats import connect
from shared.outbox import CommitSignal, OutboxRelay, record_event, wake_subject
from tests.integration.kit.kitsupport import ThingHappened, copies, count_passes, kit, next_seq, unique, wait_until


async def test_a_commit_wakes_a_relay_of_another_process_over_nats(db, js, nc, nats_server, background):
    subject = wake_subject(unique("kitsvc"))
    start = await next_seq(js)
    writer_sessions = db.new_sessionmaker()  # the service: commits, and signals them
    signal = CommitSignal(writer_sessions, subject)
    background(lambda: signal.run(nc))

    relay_nc = await connect(nats_server.url, "kit-relay-process")
    try:
        relay = OutboxRelay(db.new_sessionmaker(), kit.outbox, relay_nc, idle_poll_seconds=60)
        await relay.listen(relay_nc, subject)
        passes = count_passes(relay)
        background(relay.run)
        await wait_until(lambda: passes == [0], "the relay's first (empty) pass")

        async with writer_sessions() as session, session.begin():
            ce = await record_event(session, kit.outbox, ThingHappened(thing_id="far"), None)

        async def on_stream() -> bool:
            return (await copies(js, start, [ce.id]))[ce.id] == 1

        await wait_until(on_stream, "the event on the stream", timeout=5.0)
        await wait_until(lambda: 1 in passes, "the woken pass to finish", timeout=5.0)
        assert passes[:2] == [0, 1]  # woken once, within seconds of a 60 s poll
        relay.stop()
    finally:
        await relay_nc.close()
