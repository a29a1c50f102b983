"""nats-py closes a client for good when the server drops it with an -ERR (a message over
max_payload, as the relay once sent): a relay given a `reconnect` factory connects afresh,
listens for wake-ups again and publishes on. And after a failed pass its back-off ends as soon
as the stream answers again, not when the capped back-off runs out."""

from __future__ import annotations

import asyncio

from nats.aio.client import Client

from shared.nats import connect
from shared.outbox import OutboxRelay, record_event, wake_subject
from tests.integration.kit.kitsupport import STREAM, SUBJECT, ThingHappened, copies, kit, outbox_rows, wait_until


async def _all_published(db) -> bool:
    return all(r["published_at"] is not None for r in await outbox_rows(db.sessionmaker))


async def _write(db, n: int, label: str) -> list[str]:
    async with db.sessionmaker() as session, session.begin():
        return [(await record_event(session, kit.outbox, ThingHappened(thing_id=f"{label}-{i}"), None)).id for i in range(n)]


async def test_a_client_the_server_dropped_is_replaced_and_the_relay_goes_on(db, own_js, own_nats_server, background):
    made: list[Client] = []

    async def reconnect() -> Client:
        made.append(await connect(own_nats_server.url, "kit-relay"))
        return made[-1]

    first = await reconnect()
    # A separate sessionmaker: commits through it do not wake the relay in-process, only over NATS.
    writer = db.new_sessionmaker()
    relay = OutboxRelay(db.sessionmaker, kit.outbox, first, idle_poll_seconds=60, reconnect=reconnect, stream=STREAM)
    await relay.listen(first, wake_subject("kit"))
    background(relay.run)
    try:
        # What the relay once did: headers take the message over max_payload; the server drops us.
        await first.publish(SUBJECT, b"x" * (first.max_payload - 10), headers={"ce-id": "y" * 100})
        await wait_until(lambda: first.is_closed, "nats-py to close the client the server dropped")

        async with writer() as session, session.begin():
            ids = [(await record_event(session, kit.outbox, ThingHappened(thing_id=f"after-{i}"), None)).id for i in range(3)]
        async with await connect(own_nats_server.url, "kit-waker") as waker:

            async def woken_and_published() -> bool:
                await waker.publish(wake_subject("kit"), b"")  # only a wake-up over NATS reaches the relay
                return await _all_published(db)

            await wait_until(
                woken_and_published, "the relay, on a fresh client, to be woken and publish", timeout=20, interval=0.5
            )
        assert relay.nc is not first and relay.nc.is_connected
        assert await copies(own_js, 1, ids) == dict.fromkeys(ids, 1)
    finally:
        relay.stop()
        await relay.close()
    assert all(nc.is_closed for nc in made)


async def test_after_a_nats_restart_the_back_off_ends_when_the_stream_answers(db, own_js, own_nc, own_nats_server, background):
    relay = OutboxRelay(db.sessionmaker, kit.outbox, own_nc, idle_poll_seconds=60, publish_timeout=0.3, stream=STREAM)
    # Against a stream that answers, a long back-off ends at the first probe.
    await asyncio.wait_for(relay.back_off(120), timeout=10)

    own_nats_server.stop()
    waiting = asyncio.create_task(relay.back_off(120))
    await asyncio.sleep(1.0)
    assert not waiting.done()  # the probe gets no answer: still backing off
    ids = await _write(db, 3, "restart")
    own_nats_server.start()  # same port, same store
    await asyncio.wait_for(waiting, timeout=20)  # well before the 120 s: the stream answered

    background(relay.run)
    await wait_until(lambda: _all_published(db), "the relay to publish after NATS came back", timeout=20)
    assert await copies(own_js, 1, ids) == dict.fromkeys(ids, 1)
    assert relay.nc is own_nc  # nats-py reconnected this one itself: nothing to replace
