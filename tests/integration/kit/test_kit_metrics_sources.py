"""The scrape-time reads of /metrics (shared/metrics.py) on a real database and a real JetStream:
outbox rows waiting and parked and the oldest one's age, a consumer's pending and redelivered
counts, the dead-letter stream's size; and a source that does not answer is reported, not raised."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from prometheus_client import REGISTRY

from shared.metrics import _bounded, read_jetstream, read_outbox
from shared.nats import dlq_stream_name
from shared.outbox import PARK_AFTER, record_event
from tests.integration.kit.kitsupport import STREAM, SUBJECT, ThingHappened, kit, new_event, publish, unique


def gauge(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


async def test_outbox_gauges_count_waiting_and_parked_rows_and_age_the_oldest(db):
    service = unique("metrics-outbox")
    await read_outbox(service, db.sessionmaker, kit.outbox, PARK_AFTER)
    assert gauge("iuc_outbox_unpublished_rows", service=service) == 0
    assert gauge("iuc_outbox_oldest_unpublished_age_seconds", service=service) == 0

    async with db.sessionmaker() as session, session.begin():
        old = await record_event(session, kit.outbox, ThingHappened(thing_id="old"), None)
        await record_event(session, kit.outbox, ThingHappened(thing_id="new"), None)
        sent = await record_event(session, kit.outbox, ThingHappened(thing_id="sent"), None)
    async with db.sessionmaker() as session, session.begin():
        o = kit.outbox
        an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
        await session.execute(o.update().where(o.c.event_id == old.id).values(created_at=an_hour_ago, attempts=PARK_AFTER))
        await session.execute(o.update().where(o.c.event_id == sent.id).values(published_at=datetime.now(UTC)))

    await read_outbox(service, db.sessionmaker, kit.outbox, PARK_AFTER)
    assert gauge("iuc_outbox_unpublished_rows", service=service) == 2
    assert gauge("iuc_outbox_parked_rows", service=service) == 1
    age = gauge("iuc_outbox_oldest_unpublished_age_seconds", service=service)
    assert 3600 <= age < 3600 + 300


async def test_consumer_gauges_and_dead_letters_come_from_consumer_and_stream_info(js):
    service, durable = unique("metrics-js"), unique("metrics")
    config = ConsumerConfig(
        durable_name=durable, filter_subject=SUBJECT, ack_policy=AckPolicy.EXPLICIT, deliver_policy=DeliverPolicy.NEW
    )
    await js.add_consumer(STREAM, config)
    for _ in range(3):
        await publish(js, new_event())
    psub = await js.pull_subscribe_bind(durable=durable, stream=STREAM)
    [first] = await psub.fetch(1, timeout=5)
    await first.nak()
    held = 0
    while True:  # the nak'd message comes back (delivered twice); the others are held unacknowledged
        [msg] = await psub.fetch(1, timeout=10)
        held += 1
        if msg.metadata.num_delivered == 2:
            break

    await read_jetstream(service, js, STREAM, [durable])
    assert gauge("iuc_consumer_pending", service=service, consumer=durable) == 3 - held
    assert gauge("iuc_consumer_ack_pending", service=service, consumer=durable) == held
    assert gauge("iuc_consumer_redelivered", service=service, consumer=durable) == 1
    dlq = await js.stream_info(dlq_stream_name(STREAM))
    assert gauge("iuc_dead_letters", service=service) == dlq.state.messages


async def test_a_source_that_fails_or_hangs_is_reported_down_and_the_scrape_goes_on(db, js):
    service = unique("metrics-down")

    async def hangs() -> None:
        await asyncio.sleep(3600)

    await _bounded(service, "nats", [read_jetstream(service, js, STREAM, ["no-such-durable"])])
    assert gauge("iuc_metrics_source_up", service=service, source="nats") == 0
    loop = asyncio.get_running_loop()
    start = loop.time()
    await _bounded(service, "database", [hangs()])
    assert loop.time() - start < 30  # bounded by SOURCE_TIMEOUT, generous for a loaded machine
    assert gauge("iuc_metrics_source_up", service=service, source="database") == 0
    await _bounded(service, "database", [read_outbox(service, db.sessionmaker, kit.outbox, PARK_AFTER)])
    assert gauge("iuc_metrics_source_up", service=service, source="database") == 1
