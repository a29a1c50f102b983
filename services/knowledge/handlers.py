"""Events the knowledge service listens to: completed pilot projects and pairings become drafts."""

from __future__ import annotations

import logging

from services.knowledge import service
from services.knowledge.harvest import draft_from_action, draft_from_pairing
from shared.consumer import Consumer, EventContext
from shared.contracts.action_plans import ActionCompleted
from shared.contracts.pairing import PairingCompleted

log = logging.getLogger("iuc.knowledge.handlers")


async def on_action_completed(ctx: EventContext, completed: ActionCompleted) -> None:
    """A completed pilot project becomes a good-practice draft; other kinds of action are not harvested."""
    draft = draft_from_action(completed)
    if draft is None:
        log.info("action %s is a %s, not a pilot project; no draft", completed.action_id, completed.kind)
        return
    made = await service.harvest(ctx.session, draft, ctx.event, ctx.clock.now())
    if made is None:
        log.info("action %s already has its draft; event %s ignored", completed.action_id, ctx.event.id)


async def on_pairing_completed(ctx: EventContext, completed: PairingCompleted) -> None:
    """A completed pairing becomes a lessons-learnt draft of both parties."""
    made = await service.harvest(ctx.session, draft_from_pairing(completed), ctx.event, ctx.clock.now())
    if made is None:
        log.info("pairing %s already has its draft; event %s ignored", completed.pairing_id, ctx.event.id)


CONSUMERS = (
    Consumer(
        durable="knowledge",
        handlers={ActionCompleted: on_action_completed, PairingCompleted: on_pairing_completed},
    ),
)
