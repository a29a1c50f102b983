"""Events the action-plans service listens to: confirmed pairings and Covenant commitments
open draft plans. Both arrive through one durable consumer with the kit's inbox, and the
plans' own unique keys make a replayed event (a new id) find the plan it made before."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from services.action_plans import service
from shared.clock import Clock
from shared.consumer import Consumer
from shared.contracts.covenant import CommitmentMade
from shared.contracts.pairing import PairingConfirmed
from shared.events import CloudEvent

log = logging.getLogger("iuc.action_plans.handlers")


def build_consumers(clock: Clock, plan_months: int) -> list[Consumer]:
    """The service's durable consumer, bound to its clock."""

    async def on_pairing_confirmed(session: AsyncSession, event: CloudEvent) -> None:
        """Each city of a confirmed pairing gets a draft local action plan naming its partner."""
        confirmed = event.payload()
        assert isinstance(confirmed, PairingConfirmed)
        made = await service.open_local_plans(session, confirmed, clock.now(), plan_months)
        log.info("pairing %s confirmed: %d draft plan(s) opened", confirmed.pairing_id, len(made))

    async def on_commitments_made(session: AsyncSession, events: list[CloudEvent]) -> None:
        """Each signatory's commitments open its one draft SECAP (or add their pillars to it)."""
        made = [e.payload() for e in events]
        assert all(isinstance(m, CommitmentMade) for m in made)
        await service.open_secaps(session, made, clock.now())

    return [
        Consumer(
            durable="action-plans",
            handlers={PairingConfirmed.event_type(): on_pairing_confirmed},
            # An import of the Covenant file sends some 20,000 commitments: taken a run at a time.
            batch_handlers={CommitmentMade.event_type(): on_commitments_made},
        )
    ]
