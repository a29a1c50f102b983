"""An event that cannot fit NATS's max_payload once its headers are counted once stopped its
relay for good (issue 14, finding 1). Against the real stack: such a row in the applications
outbox is refused before it is sent and noted with the reason, the relay process keeps running
on the same connection, and the events written after it are published."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

import nats
from sqlalchemy import select

from services.applications.models import kit
from shared.db import make_engine
from tests.support.journey import register_city
from tests.support.platform import client
from tests.support.streams import wait_for_events

OVERSIZED_SUBJECT = "iuc.applications.test.oversized"  # the relay may publish it; no consumer reads it


async def _wait(predicate, what: str, timeout: float = 60.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not (result := await predicate()):
        assert loop.time() < deadline, f"timed out after {timeout}s waiting for {what}"
        await asyncio.sleep(0.2)
    return result


async def test_an_oversized_event_is_noted_unsent_and_the_relay_publishes_on(stack):
    observer = await nats.connect(stack.nats.url)
    max_payload = observer.max_payload
    await observer.close()
    relay = stack.procs[stack.relay_name("applications")]
    engine = make_engine(stack.env()["IUC_APPLICATIONS_DATABASE_URL"])
    o = kit.outbox.c
    big_id = str(uuid.uuid4())
    try:
        async with engine.begin() as conn:
            now = datetime.now(UTC)
            await conn.execute(
                kit.outbox.insert().values(
                    event_id=big_id,
                    nats_subject=OVERSIZED_SUBJECT,
                    type="eu.iuc.applications.test.oversized.v1",
                    source="/applications",
                    time=now.isoformat(),
                    data={"note": "x" * (max_payload - 100)},  # fits alone; with its headers it does not
                    created_at=now,
                )
            )
        async with client(stack, stack.admin_api_key) as admin:
            city = await register_city(admin, name="Oversized neighbour")

        async def noted() -> str | None:
            async with engine.connect() as conn:
                row = (await conn.execute(select(o.last_error, o.published_at).where(o.event_id == big_id))).one()
            assert row.published_at is None
            return row.last_error

        reason = await _wait(noted, "the relay to note why the oversized event was not sent")
        assert "MaxPayloadError" in reason and f"max_payload of {max_payload}" in reason
        published = await wait_for_events(
            stack.nats.url, "iuc.applications.city.registered", lambda e: e.subject == city["id"], 1
        )
        assert len(published) == 1, "the event written after the oversized one was not published"
        assert stack.procs[stack.relay_name("applications")] is relay and relay.poll() is None  # never died, never restarted
    finally:
        async with engine.begin() as conn:
            await conn.execute(kit.outbox.delete().where(o.event_id == big_id))
        await engine.dispose()
