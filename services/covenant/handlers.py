"""Events the covenant service listens to: approved SECAPs from the action-plans service."""

from __future__ import annotations

import logging

from services.covenant.registry import Registry
from services.covenant.service import record_plan_approval
from shared.consumer import Consumer, EventContext, PoisonEvent
from shared.contracts.action_plans import PlanApproved

log = logging.getLogger("iuc.covenant.handlers")


async def on_plan_approved(ctx: EventContext, approval: PlanApproved) -> None:
    """A SECAP approved in the action-plans service counts as the signatory's plan."""
    reg = Registry(ctx.session, ctx.state.covenants, ctx.clock.today(), ctx.clock.now())
    try:
        counted = await record_plan_approval(reg, approval)
    except LookupError as exc:
        raise PoisonEvent(str(exc)) from exc
    if not counted:
        log.info("plan %s (%s) is not a SECAP of a signatory here; nothing to count", approval.plan_id, approval.kind)


CONSUMERS = (Consumer(durable="covenant", handlers={PlanApproved: on_plan_approved}),)
