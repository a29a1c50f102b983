"""Wire models of a pairing's life: the page of pairings, the bodies of accept, decline, dissolve
and complete (a pairing itself: PairingRead in ../schemas.py; its activities: ../activities/schemas.py)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from services.pairing.schemas import PairingRead, PartyId, ReasonText
from shared.schemas import StrictInput


class PairingPage(BaseModel):
    items: list[PairingRead]
    next_page_token: str | None = None


class AcceptBody(StrictInput):
    party_id: PartyId | None = Field(None, description="The party an admin key acts for; a city key acts for its own city.")


class DeclineBody(StrictInput):
    party_id: PartyId | None = None
    reason: ReasonText


class ReasonBody(StrictInput):
    reason: ReasonText


class CompleteBody(StrictInput):
    reason: str | None = Field(
        None,
        max_length=5_000,
        description="Needed for an admin's completion before the call's minimum cooperation (at least 18 months).",
    )


class PairingStatsRead(BaseModel):
    """Counts for dashboards (scope `stats:read`)."""

    pairings_by_state: dict[str, int] = Field(description="Every pairing by its state (proposals superseded or expired too).")
    pairings_by_call: dict[str, int]
    activities_by_kind: dict[str, int] = Field(description="Cooperation activities held, by kind.")
