"""The platform's NATS as an attacker on the machine meets it (issue 13): no anonymous
connection, no service publishing another's events, an observer that publishes nothing, and
consumers that refuse an event claiming another producer than its subject's owner.

The attack of the issue: a made-up `iuc.pairing.pairing.confirmed` for two cities opened two
draft action plans. Each test sends the forgery, then a genuine confirmation as a marker:
once the marker's plans are there, the consumer is past the forgery, which opened none."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta

import nats
import pytest
from nats.errors import Error as NatsError
from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeout

from deploy.stack import Stack
from shared.contracts.pairing import PairingConfirmed, PairingParty, ScoreBreakdown
from shared.deadletters import list_dead_letters
from shared.events import CloudEvent
from tests.support.platform import client, logs, start_stack
from tests.support.streams import count_on_stream, events_on_stream

# Does not depend on the database (NATS's permissions and the consumers' source check): runs once, in make test.
pytestmark = pytest.mark.dbfree

SUBJECT = "iuc.pairing.pairing.confirmed"


@pytest.fixture(scope="module")
def perimeter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A stack of its own: the forgeries must not reach the session stack's consumers."""
    s = start_stack(tmp_path_factory.mktemp("perimeter"))
    yield s
    s.stop()


@pytest.fixture
async def admin(perimeter: Stack) -> AsyncIterator:
    async with client(perimeter, perimeter.admin_api_key) as c:
        yield c


def confirmed(pairing_id: str) -> PairingConfirmed:
    now = datetime.now(UTC)
    return PairingConfirmed(
        pairing_id=pairing_id,
        call_id="call-perimeter",
        party_a=PairingParty(
            kind="city", id=f"city-a-{pairing_id[:8]}", name="Lima", country_code="PE", world_region="latin_america_caribbean"
        ),
        party_b=PairingParty(
            kind="city", id=f"city-b-{pairing_id[:8]}", name="Quito", country_code="EC", world_region="latin_america_caribbean"
        ),
        round_id="round-perimeter",
        score=ScoreBreakdown(themes=1, sdgs=1, challenges=1, population=1, languages=1, total=1),
        explanation="forged",
        proposed_at=now - timedelta(days=1),
        confirmed_at=now,
        earliest_completion_on=date.today() + timedelta(days=365),
    )


async def plans_of(admin, pairing_id: str) -> list[dict]:
    r = await admin.get("/v1/action-plans", params={"pairing_id": pairing_id})
    assert r.status_code == 200, r.text
    return r.json()["items"]


async def publish_as(stack: Stack, user: str, ce: CloudEvent, headers: dict[str, str] | None = None) -> None:
    """Publish to the stream with `user`'s credentials, waiting for the stream's ack."""
    nc = await nats.connect(**stack.nats_credentials(user))
    try:
        await nc.jetstream().publish(ce.nats_subject, ce.body(), headers=headers or ce.headers(), timeout=10)
    finally:
        await nc.close()


async def refused_publish(stack: Stack, user: str, ce: CloudEvent) -> list[str]:
    """Try to publish with `user`'s credentials; the errors the server sent (the publish must get no ack)."""
    errors: list[str] = []

    async def on_error(exc: Exception) -> None:
        errors.append(str(exc))

    nc = await nats.connect(**stack.nats_credentials(user), error_cb=on_error)
    try:
        with pytest.raises((NatsTimeout, NoRespondersError)):
            await nc.jetstream().publish(ce.nats_subject, ce.body(), headers=ce.headers(), timeout=2)
        await nc.flush()
    finally:
        await nc.close()
    return errors


async def marker_plans(admin, stack: Stack) -> None:
    """A genuine confirmation, published by pairing's own credentials, has opened its plans."""
    marker = str(uuid.uuid4())
    await publish_as(stack, "pairing", CloudEvent.new(confirmed(marker), subject=f"pairings/{marker}"))
    deadline = time.monotonic() + 60
    while len(await plans_of(admin, marker)) < 2:
        assert time.monotonic() < deadline, "the genuine confirmation opened no plans\n" + logs(stack)
        await asyncio.sleep(0.3)


async def test_an_anonymous_connection_is_refused(perimeter: Stack) -> None:
    with pytest.raises(NatsError, match="Authorization Violation"):
        await nats.connect(perimeter.nats.address, allow_reconnect=False, max_reconnect_attempts=0, connect_timeout=10)
    wrong = perimeter.nats_credentials("applications") | {"password": "not-the-password"}
    with pytest.raises(NatsError, match="Authorization Violation"):
        await nats.connect(**wrong, allow_reconnect=False, max_reconnect_attempts=0, connect_timeout=10)


async def test_a_service_cannot_publish_another_services_events(perimeter: Stack, admin) -> None:
    forged = str(uuid.uuid4())
    errors = await refused_publish(perimeter, "applications", CloudEvent.new(confirmed(forged), subject=f"pairings/{forged}"))
    assert any("permissions violation" in e.lower() and SUBJECT in e for e in errors), errors
    # The relay of applications is no better placed.
    errors = await refused_publish(
        perimeter, "applications-relay", CloudEvent.new(confirmed(forged), subject=f"pairings/{forged}")
    )
    assert any("permissions violation" in e.lower() for e in errors), errors
    await marker_plans(admin, perimeter)
    assert [e for e in await events_on_stream(perimeter.nats.url, SUBJECT) if e.data["pairing_id"] == forged] == []
    assert await plans_of(admin, forged) == []


async def test_the_observer_publishes_nothing_but_reads_the_stream(perimeter: Stack, admin) -> None:
    forged = str(uuid.uuid4())
    before = await count_on_stream(perimeter.nats.url, "iuc.>")
    for user_subject in (SUBJECT, "iuc.applications.city.registered", "iuc.anything"):
        ce = CloudEvent.new(confirmed(forged), subject=f"pairings/{forged}")
        ce = CloudEvent(**{**ce.__dict__, "nats_subject": user_subject})
        errors = await refused_publish(perimeter, "observer", ce)
        assert any("permissions violation" in e.lower() for e in errors), (user_subject, errors)
    assert await count_on_stream(perimeter.nats.url, "iuc.>") == before
    await marker_plans(admin, perimeter)
    assert await plans_of(admin, forged) == []


async def test_an_event_claiming_another_source_is_refused_and_dead_lettered(perimeter: Stack, admin) -> None:
    forged = str(uuid.uuid4())
    ce = CloudEvent.new(confirmed(forged), subject=f"pairings/{forged}")
    # Pairing's own credentials may publish the subject; the event says it comes from applications.
    await publish_as(perimeter, "pairing", ce, headers=ce.headers() | {"ce-source": "/iuc/applications"})
    assert [e.source for e in await events_on_stream(perimeter.nats.url, SUBJECT) if e.data["pairing_id"] == forged] == [
        "/iuc/applications"
    ]
    await marker_plans(admin, perimeter)
    assert await plans_of(admin, forged) == []
    # Terminated by each consumer of the subject (action plans; webhooks, which would have pushed it
    # to partners; insights, which would have counted it), so they are dead letters the ops tool can
    # see (and an operator may look into).
    consumers = {"action-plans", "webhooks", "insights"}
    ops = await nats.connect(**perimeter.nats_credentials("ops"))
    try:
        deadline = time.monotonic() + 30
        while {d.consumer for d in await list_dead_letters(ops.jetstream()) if d.event_id == ce.id} != consumers:
            assert time.monotonic() < deadline, "the forged event is not among every consumer's dead letters"
            await asyncio.sleep(0.3)
        letters = [d for d in await list_dead_letters(ops.jetstream()) if d.event_id == ce.id]
        assert sorted((d.consumer, d.reason) for d in letters) == [(c, "terminated") for c in sorted(consumers)]
    finally:
        await ops.close()
    for log in ("action_plans.log", "webhooks.log", "insights.log"):
        assert "refused a forged event" in (perimeter.log_dir / log).read_text(), log
