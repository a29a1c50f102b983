"""Two relays on one database racing over 200 rows: every event is stored exactly once."""

from __future__ import annotations

import asyncio

from shared.outbox import OutboxRelay, record_event
from tests.integration.kit.kitsupport import ThingHappened, copies, kit, next_seq, outbox_rows
from tests.support.databases import using_postgres


async def test_two_relays_publish_every_row_exactly_once(db, js, nc):
    start = await next_seq(js)
    async with db.sessionmaker() as session, session.begin():
        events = [await record_event(session, kit.outbox, ThingHappened(thing_id=f"race-{i}"), None) for i in range(200)]
    ids = [ce.id for ce in events]

    # One sessionmaker each, as two replicas would have.
    relays = [OutboxRelay(db.new_sessionmaker(), kit.outbox, nc, batch_size=25) for _ in range(2)]

    async def drain(relay: OutboxRelay) -> int:
        total = 0
        while n := await relay.publish_pending():
            total += n
            await asyncio.sleep(0)  # let the other relay in between batches
        return total

    marked = await asyncio.gather(*(drain(r) for r in relays))

    assert await copies(js, start, ids) == dict.fromkeys(ids, 1)
    rows = await outbox_rows(db.sessionmaker)
    assert len(rows) == 200 and all(r["published_at"] is not None for r in rows)
    assert sum(marked) >= 200
    if using_postgres():
        # FOR UPDATE SKIP LOCKED: the relays split the rows, none is published by both.
        assert sum(marked) == 200, marked
        assert all(m > 0 for m in marked), marked
        assert {r["attempts"] for r in rows} == {1}
