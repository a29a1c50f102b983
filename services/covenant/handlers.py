"""Events the covenant service listens to: approved SECAPs from the action-plans service."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant import service
from services.covenant.domain import RegionalCovenantMap
from shared.clock import Clock
from shared.consumer import Consumer, PoisonEvent
from shared.contracts.action_plans import PlanApproved
from shared.events import CloudEvent

log = logging.getLogger("iuc.covenant.handlers")


def build_consumers(covenants: RegionalCovenantMap, clock: Clock) -> list[Consumer]:
    """The service's durable consumers, bound to its covenant map and clock."""

    async def on_plan_approved(session: AsyncSession, event: CloudEvent) -> None:
        """A SECAP approved in the action-plans service counts as the signatory's plan."""
        approval = event.payload()
        assert isinstance(approval, PlanApproved)
        reg = service.Registry(session, covenants, clock.today(), clock.now())
        try:
            counted = await service.record_plan_approval(reg, approval)
        except LookupError as exc:
            raise PoisonEvent(str(exc)) from exc
        if not counted:
            log.info("plan %s (%s) is not a SECAP of a signatory here; nothing to count", approval.plan_id, approval.kind)

    return [Consumer(durable="covenant", handlers={PlanApproved.event_type(): on_plan_approved})]
