"""The platform's NATS users against a real nats-server: what each identity may and may not do
with the nats-py calls the kit makes (shared.natsauth, decision 0016)."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import nats
import pytest
from nats.errors import Error as NatsError
from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeout
from nats.js.api import AckPolicy, ConsumerConfig
from nats.js.errors import APIError

from shared.consumer import Consumer, ConsumerRunner
from shared.contracts.pairing import PairingConfirmed, PairingParty, ScoreBreakdown
from shared.deadletters import list_dead_letters
from shared.events import CloudEvent
from shared.nats import ensure_streams
from tests.integration.kit.kitsupport import kit, new_event, unique, wait_until
from tests.support.streams import events_on_stream

# Does not depend on the database (NATS's permissions): runs once, in make test.
pytestmark = pytest.mark.dbfree

ROOT = Path(__file__).resolve().parents[3]
PAIRING_SUBJECT = PairingConfirmed.nats_subject()


def confirmed_event() -> CloudEvent:
    now = datetime.now(UTC)
    party = PairingParty(kind="city", id=unique("city"), name="Lima", country_code="PE", world_region="latin_america_caribbean")
    payload = PairingConfirmed(
        pairing_id=unique("pairing"),
        call_id="call",
        party_a=party,
        party_b=party,
        round_id="round",
        score=ScoreBreakdown(themes=1, sdgs=1, challenges=1, population=1, languages=1, total=1),
        explanation="test",
        proposed_at=now,
        confirmed_at=now,
        earliest_completion_on=date.today(),
    )
    return CloudEvent.new(payload, subject="pairings/x")


async def connect_as(secured, user: str, errors: list[str] | None = None):
    async def on_error(exc: Exception) -> None:
        if errors is not None:
            errors.append(str(exc))

    return await nats.connect(**secured.options(user), error_cb=on_error, allow_reconnect=False)


async def refused(js, subject: str, ce: CloudEvent) -> None:
    with pytest.raises((NatsTimeout, NoRespondersError)):
        await js.publish(subject, ce.body(), headers=ce.headers(), timeout=1)


async def test_identities_do_what_they_need_and_no_more(secured_nats_server, db, background):
    secured = secured_nats_server
    with pytest.raises(NatsError, match="Authorization Violation"):
        await nats.connect(secured.server.address, allow_reconnect=False, max_reconnect_attempts=0)

    pairing = await connect_as(secured, "pairing")
    errors: list[str] = []
    plans = await connect_as(secured, "action_plans", errors)
    try:
        # A service declares the streams and publishes its own events...
        await ensure_streams(pairing.jetstream())
        good = confirmed_event()
        await pairing.jetstream().publish(PAIRING_SUBJECT, good.body(), headers=good.headers(), timeout=10)
        # ...and no one else's.
        await refused(plans.jetstream(), PAIRING_SUBJECT, confirmed_event())
        assert any("permissions violation" in e.lower() and PAIRING_SUBJECT in e for e in errors), errors

        # Its own durable: created, fetched from, acknowledged; the forged copy terminated.
        handled: list[str] = []

        async def on_confirmed(ctx, payload):
            handled.append(ctx.event.id)

        forged = confirmed_event()
        await pairing.jetstream().publish(
            PAIRING_SUBJECT, forged.body(), headers=forged.headers() | {"ce-source": "/iuc/applications"}, timeout=10
        )
        runner = ConsumerRunner(
            Consumer(durable="action-plans", handlers={PairingConfirmed: on_confirmed}),
            db.sessionmaker,
            kit.inbox,
            plans.jetstream(),
        )
        background(runner.run)
        await wait_until(lambda: handled == [good.id], "the genuine confirmation handled")

        async def all_acknowledged() -> bool:
            info = await plans.jetstream().consumer_info("IUC", "action-plans")
            return info.num_ack_pending == 0 and info.num_pending == 0

        await wait_until(all_acknowledged, "both events acknowledged or terminated")
        # Another service's durable is not its to create.
        errors.clear()
        with pytest.raises((APIError, NatsTimeout, NoRespondersError)):
            await plans.jetstream().add_consumer(
                "IUC", ConsumerConfig(durable_name="covenant", ack_policy=AckPolicy.EXPLICIT), timeout=1
            )
    finally:
        await pairing.close()
        await plans.close()

    # The observer reads the stream through ephemeral consumers of its own...
    seen = await events_on_stream(secured.server.url, PAIRING_SUBJECT)
    assert {e.id for e in seen} == {good.id, forged.id}
    observer_errors: list[str] = []
    observer = await connect_as(secured, "observer", observer_errors)
    try:
        # ...but publishes nothing under iuc.> and cannot pull a service's events away from it.
        await refused(observer.jetstream(), "iuc.kittest.thing.happened", new_event())
        with pytest.raises((NatsTimeout, NoRespondersError)):
            await observer.request("$JS.API.CONSUMER.MSG.NEXT.IUC.action-plans", b'{"batch": 1}', timeout=1)
        await observer.flush()
        assert len([e for e in observer_errors if "permissions violation" in e.lower()]) == 2, observer_errors
    finally:
        await observer.close()

    # The dead-letter tool, as ops, sees the forged event terminated by action-plans.
    ops = await connect_as(secured, "ops")
    try:
        letters = await wait_until(lambda: list_dead_letters(ops.jetstream()), "the dead letter")
        assert [(d.event_id, d.consumer, d.reason) for d in letters] == [(forged.id, "action-plans", "terminated")]
    finally:
        await ops.close()
    for user, code in (("ops", 0), ("", 2)):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "IUC_NATS_USER": user, "IUC_NATS_PASSWORD": secured.passwords.get(user, "")}
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "shared.deadletters",
            "list",
            "--nats-url",
            secured.server.address,
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), timeout=30)
        assert proc.returncode == code, (user, out, err)
        if code == 0:
            assert forged.id in out.decode()
