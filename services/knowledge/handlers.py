"""Events the knowledge service listens to: completed pilot projects and pairings become drafts."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from services.knowledge import service
from services.knowledge.harvest import draft_from_action, draft_from_pairing
from shared.clock import Clock
from shared.consumer import Consumer
from shared.contracts.action_plans import ActionCompleted
from shared.contracts.pairing import PairingCompleted
from shared.events import CloudEvent

log = logging.getLogger("iuc.knowledge.handlers")


def build_consumers(clock: Clock) -> list[Consumer]:
    """The service's durable consumer, bound to its clock."""

    async def on_action_completed(session: AsyncSession, event: CloudEvent) -> None:
        """A completed pilot project becomes a good-practice draft; other kinds of action are not harvested."""
        completed = event.payload()
        assert isinstance(completed, ActionCompleted)
        draft = draft_from_action(completed)
        if draft is None:
            log.info("action %s is a %s, not a pilot project; no draft", completed.action_id, completed.kind)
            return
        made = await service.harvest(session, draft, event, clock.now())
        if made is None:
            log.info("action %s already has its draft; event %s ignored", completed.action_id, event.id)

    async def on_pairing_completed(session: AsyncSession, event: CloudEvent) -> None:
        """A completed pairing becomes a lessons-learnt draft of both parties."""
        completed = event.payload()
        assert isinstance(completed, PairingCompleted)
        made = await service.harvest(session, draft_from_pairing(completed), event, clock.now())
        if made is None:
            log.info("pairing %s already has its draft; event %s ignored", completed.pairing_id, event.id)

    return [
        Consumer(
            durable="knowledge",
            handlers={
                ActionCompleted.event_type(): on_action_completed,
                PairingCompleted.event_type(): on_pairing_completed,
            },
        )
    ]
