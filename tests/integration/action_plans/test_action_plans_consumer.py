"""pairing.confirmed and commitment.made through the durable consumer: drafts opened once,
whatever is redelivered or replayed, and one SECAP per signatory whatever its pillars."""

from __future__ import annotations

import asyncio
import contextlib
import uuid

from sqlalchemy import select

from services.action_plans.handlers import CONSUMERS
from services.action_plans.models import Plan, kit
from shared.consumer import ConsumerRunner
from shared.events import CloudEvent
from shared.nats import connect, ensure_streams
from tests.integration.action_plans.action_planssupport import commitment, confirmation, party, plans_app


async def test_drafts_are_opened_once_per_city_and_one_secap_per_signatory(database_url, own_nats_server):
    async with plans_app(database_url) as app:
        nc = await connect(own_nats_server.url, "action-plans-test")
        js = nc.jetstream()
        await ensure_streams(js)
        [consumer] = CONSUMERS
        runner = ConsumerRunner(consumer, app.state.sessionmaker, kit.inbox, js, clock=app.state.clock, state=app.state)
        task = asyncio.create_task(runner.run())
        lyon, quito = party("Lyon", "FR"), party("Quito", "EC", region="latin_america_caribbean")
        region = party("Auvergne-Rhône-Alpes", "FR", kind="region")
        paired = CloudEvent.new(confirmation(lyon, quito), subject="p-1")
        # The same confirmation published again by a replay of the producer's outbox gets a new id.
        replayed = CloudEvent.new(paired.payload(), subject="p-1")
        with_region = CloudEvent.new(
            confirmation(region, party("Antioquia", "CO", kind="region", region="latin_america_caribbean")), "p-2"
        )
        signatory = str(uuid.uuid4())
        mitigation = CloudEvent.new(commitment(signatory, "mitigation"), subject=signatory)
        adaptation = CloudEvent.new(commitment(signatory, "adaptation"), subject=signatory)
        sent = [(paired, paired.id), (paired, "again"), (replayed, replayed.id), (with_region, with_region.id)]
        sent += [(mitigation, mitigation.id), (adaptation, adaptation.id), (mitigation, "mitigation again")]
        try:
            for ce, msg_id in sent:
                await js.publish(ce.nats_subject, ce.body(), headers=ce.headers() | {"Nats-Msg-Id": msg_id})
            deadline = asyncio.get_running_loop().time() + 20
            while runner.handled + runner.skipped < len(sent):
                assert asyncio.get_running_loop().time() < deadline, (runner.handled, runner.skipped)
                await asyncio.sleep(0.05)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await nc.close()
        assert (runner.handled, runner.skipped) == (5, 2)
        async with app.state.sessionmaker() as session:
            plans = (await session.scalars(select(Plan).order_by(Plan.city_name))).all()
        assert [(p.kind, p.city_name, p.state) for p in plans] == [
            ("secap", "Comune di Prova", "draft"),
            ("local_action_plan", "Lyon", "draft"),
            ("local_action_plan", "Quito", "draft"),
        ]
        secap, lap_lyon, lap_quito = plans
        assert lap_lyon.partner["id"] == quito.id and lap_quito.partner["id"] == lyon.id
        assert lap_lyon.title == "Local action plan of Lyon with Quito" and lap_lyon.period_end is not None
        assert (secap.signatory_id, secap.gcom_id, secap.regional_covenant) == (signatory, "IT9001", "europe")
        assert secap.pillars == ["adaptation", "mitigation"] and secap.city_id is None
        assert [h.to_state for h in secap.history] == ["draft"]
