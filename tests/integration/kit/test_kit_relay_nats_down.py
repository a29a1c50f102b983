"""NATS down: the relay keeps retrying, and after NATS is back every event arrives once."""

from __future__ import annotations

from shared.outbox import OutboxRelay, record_event
from tests.integration.kit.kitsupport import ThingHappened, copies, kit, outbox_rows, wait_until


async def test_relay_survives_nats_outage(db, own_js, own_nc, own_nats_server, background):
    js = own_js
    own_nats_server.stop()

    async with db.sessionmaker() as session, session.begin():
        events = [await record_event(session, kit.outbox, ThingHappened(thing_id=f"down-{i}"), None) for i in range(5)]
    ids = [ce.id for ce in events]

    relay = OutboxRelay(db.sessionmaker, kit.outbox, own_nc, idle_poll_seconds=60, publish_timeout=0.3)
    failures: list[Exception] = []
    original = relay.publish_pending

    async def watched_pass() -> int:
        try:
            return await original()
        except Exception as exc:
            failures.append(exc)
            raise

    relay.publish_pending = watched_pass
    task = background(relay.run)
    await wait_until(lambda: len(failures) >= 2, "two failed passes while NATS is down")
    assert not task.done()
    assert all(r["published_at"] is None for r in await outbox_rows(db.sessionmaker))

    own_nats_server.start()  # same port, same store

    async def all_published() -> bool:
        return all(r["published_at"] is not None for r in await outbox_rows(db.sessionmaker))

    await wait_until(all_published, "the relay to publish after NATS came back", timeout=15.0)
    # Publishes buffered by the client during the outage are flushed on reconnect too;
    # the Nats-Msg-Id de-duplication keeps one copy of each.
    assert await copies(js, 1, ids) == dict.fromkeys(ids, 1)
    assert not task.done()
