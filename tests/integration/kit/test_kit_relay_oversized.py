"""An event that cannot fit the server's max_payload once its headers are counted: nats-py
used to send it (it compares only the body), nats-server dropped the connection, nats-py closed
the client for good and the relay published nothing more (issue 14, finding 1). Now such a row
is never sent: it is refused before the wire, parked with the reason, and the rows behind it
and the connection go on."""

from __future__ import annotations

from sqlalchemy import Text, cast, select

from shared.events import binary_headers
from shared.nats import PublishFailed, StreamPublisher, encoded_size
from shared.outbox import PARK_AFTER, OutboxRelay, record_event
from tests.integration.kit.kitsupport import SUBJECT, ThingHappened, copies, kit, next_seq, outbox_rows, unique, wait_until


async def _stored_data(db, event_id: str) -> str:
    async with db.sessionmaker() as session:
        o = kit.outbox.c
        return await session.scalar(select(cast(o.data, Text)).where(o.event_id == event_id))


async def _headers_of(db, event_id: str) -> dict[str, str]:
    async with db.sessionmaker() as session:
        r = (await session.execute(select(kit.outbox).where(kit.outbox.c.event_id == event_id))).one()
        return binary_headers(r.event_id, r.source, r.type, r.time, r.subject, r.traceparent)


async def test_a_message_that_fits_exactly_goes_and_one_byte_more_is_refused_unsent(js, nc):
    # Keys and values are trimmed and CR/LF become spaces as nats-py encodes them; an empty key is left out.
    headers = {"Nats-Msg-Id": unique("fit"), " ce-id ": f"  {unique('fit')}\r\n ", "  ": "dropped"}
    room = nc.max_payload - encoded_size(b"", headers)
    start = await next_seq(js)
    publisher = StreamPublisher(nc)

    fits, too_big = await publisher.publish_all(
        [(SUBJECT, b"x" * room, headers), (SUBJECT, b"x" * (room + 1), {**headers, "Nats-Msg-Id": unique("big")})],
        timeout=10,
    )

    assert isinstance(fits, int) and fits >= start  # stored: the size counts as the server counts it
    assert isinstance(too_big, PublishFailed) and not too_big.transient
    assert f"{nc.max_payload + 1} bytes" in str(too_big) and "never sent" in str(too_big)
    assert nc.is_connected and not nc.is_closed
    [after] = await publisher.publish_all([(SUBJECT, b"{}", {"Nats-Msg-Id": unique("after")})], timeout=10)
    assert isinstance(after, int) and after > fits


async def test_an_event_just_under_a_mebibyte_is_parked_and_the_rows_behind_it_flow(db, js, nc, background):
    start = await next_seq(js)
    async with db.sessionmaker() as session, session.begin():
        before = await record_event(session, kit.outbox, ThingHappened(thing_id="before"), None)
        # The data alone fits; with its CloudEvents headers the message does not.
        huge = await record_event(session, kit.outbox, ThingHappened(thing_id="huge", note="x" * (nc.max_payload - 200)), None)
        after = await record_event(session, kit.outbox, ThingHappened(thing_id="after"), None)
    data = (await _stored_data(db, huge.id)).encode()
    assert len(data) < nc.max_payload < encoded_size(data, await _headers_of(db, huge.id))

    relay = OutboxRelay(db.sessionmaker, kit.outbox, nc, idle_poll_seconds=0.05)
    background(relay.run)

    async def parked() -> dict | None:
        rows = {r["event_id"]: r for r in await outbox_rows(db.sessionmaker)}
        return rows if rows[huge.id]["attempts"] >= PARK_AFTER else None

    rows = await wait_until(parked, "the oversized row to be parked", timeout=30)
    assert rows[huge.id]["published_at"] is None and rows[huge.id]["attempts"] == PARK_AFTER
    assert "MaxPayloadError" in rows[huge.id]["last_error"] and str(nc.max_payload) in rows[huge.id]["last_error"]
    assert rows[before.id]["published_at"] is not None and rows[after.id]["published_at"] is not None
    assert nc.is_connected and not nc.is_closed  # never sent: the server had no reason to drop us

    async with db.sessionmaker() as session, session.begin():
        later = await record_event(session, kit.outbox, ThingHappened(thing_id="later"), None)

    async def later_published() -> bool:
        return any(r["event_id"] == later.id and r["published_at"] for r in await outbox_rows(db.sessionmaker))

    await wait_until(later_published, "a row written after the parked one to be published", timeout=15)
    ids = [before.id, huge.id, after.id, later.id]
    assert await copies(js, start, ids) == {before.id: 1, huge.id: 0, after.id: 1, later.id: 1}
    assert nc.is_connected and not nc.is_closed
