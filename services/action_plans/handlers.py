"""Events the action-plans service listens to: confirmed pairings and Covenant commitments
open draft plans. Both arrive through one durable consumer with the kit's inbox, and the
plans' own unique keys make a replayed event (a new id) find the plan it made before."""

from __future__ import annotations

import logging

from services.action_plans import service
from shared.consumer import Consumer, EventContext
from shared.contracts.covenant import CommitmentMade
from shared.contracts.pairing import PairingConfirmed

log = logging.getLogger("iuc.action_plans.handlers")


async def on_pairing_confirmed(ctx: EventContext, confirmed: PairingConfirmed) -> None:
    """Each city of a confirmed pairing gets a draft local action plan naming its partner."""
    months = ctx.state.settings.default_plan_months
    made = await service.open_local_plans(ctx.session, confirmed, ctx.clock.now(), months)
    log.info("pairing %s confirmed: %d draft plan(s) opened", confirmed.pairing_id, len(made))


async def on_commitments_made(ctx: EventContext, made: list[CommitmentMade]) -> None:
    """Each signatory's commitments open its one draft SECAP (or add their pillars to it)."""
    await service.open_secaps(ctx.session, made, ctx.clock.now())


PLANS = Consumer(
    durable="action-plans",
    handlers={PairingConfirmed: on_pairing_confirmed},
    # An import of the Covenant file sends some 20,000 commitments: taken a run at a time.
    batch_handlers={CommitmentMade: on_commitments_made},
)

CONSUMERS = (PLANS,)
