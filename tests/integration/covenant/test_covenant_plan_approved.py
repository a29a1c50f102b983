"""A SECAP approved in the action-plans service counts as the signatory's plan, once."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from services.covenant import repository
from services.covenant.handlers import CONSUMERS
from services.covenant.models import Report, kit
from shared.clock import Clock
from shared.consumer import ConsumerRunner
from shared.contracts.action_plans import PlanApproved
from shared.events import CloudEvent
from shared.nats import connect, ensure_streams
from tests.integration.covenant.covenantsupport import record, registry


async def test_an_approved_secap_reinstates_the_signatory_and_a_redelivery_counts_once(app, sessions, own_nats_server):
    adhesion = date.today() - timedelta(days=3 * 365)
    async with sessions() as session, session.begin():
        reg = registry(session, date.today())
        [made] = await reg.create([("SI9001", record("Gorica", "SI", adhesion))])
        await reg.finish()
        assert made.status == "on_hold"
    nc = await connect(own_nats_server.url, "covenant-test")
    js = nc.jetstream()
    await ensure_streams(js)
    [consumer] = CONSUMERS
    # The real clock: the signatory joined three years before today.
    runner = ConsumerRunner(consumer, sessions, kit.inbox, js, clock=Clock(), state=app.state)
    task = asyncio.create_task(runner.run())
    try:
        approved = CloudEvent.new(
            PlanApproved(plan_id="plan-1", kind="secap", signatory_id=made.id, gcom_id="SI9001", approved_at=datetime.now(UTC)),
            subject="plans/plan-1",
        )
        other = CloudEvent.new(
            PlanApproved(plan_id="plan-2", kind="local_action_plan", city_id="c-1", approved_at=datetime.now(UTC)), "plans/plan-2"
        )
        for ce, msg_id in ((approved, approved.id), (approved, "again"), (other, other.id)):
            headers = ce.headers() | {"Nats-Msg-Id": msg_id}
            await js.publish(ce.nats_subject, ce.body(), headers=headers)
        deadline = asyncio.get_running_loop().time() + 20
        while runner.handled + runner.skipped < 3:
            assert asyncio.get_running_loop().time() < deadline, (runner.handled, runner.skipped)
            await asyncio.sleep(0.05)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await nc.close()
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Report)) == 1
        report = (await session.scalars(select(Report))).one()
        assert (report.source, report.external_id, report.kind) == ("action_plans", "plan-1", "action_plan")
        s = await repository.get_signatory(session, "SI9001")
        assert "mitigation.plan" in [b.badge for b in s.badges]
        assert [m["item"] for m in s.compliance_missing if m["overdue"]] == ["inventory"]
