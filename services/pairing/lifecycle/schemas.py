"""Wire models of a pairing's life: the page of pairings, the bodies of accept, decline, dissolve
and complete, and the cooperation activities (a pairing itself: PairingRead in ../schemas.py)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field, model_validator

from services.pairing.domain import ActivityKind
from services.pairing.schemas import PairingRead, PartyId, ReasonText
from shared.schemas import ReadModel, StrictInput, Text, rule_broken


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


# --- activities -------------------------------------------------------------------------------


class ActivityCreate(StrictInput):
    kind: ActivityKind
    title: Text(3, 300)
    host_party_id: str = Field(min_length=1, max_length=64)
    starts_on: date
    ends_on: date
    participants: int = Field(ge=0, le=100_000)
    # A paragraph: the completed pairing's event carries its latest activities with their outcomes.
    outcomes: str = Field("", max_length=2_000)

    @model_validator(mode="after")
    def _dates(self) -> ActivityCreate:
        if self.ends_on < self.starts_on:
            raise rule_broken("date_order", "ends_on is before starts_on")
        return self


class ActivityRead(ReadModel):
    id: str
    pairing_id: str
    kind: ActivityKind
    title: str
    host_party_id: str
    starts_on: date
    ends_on: date
    participants: int
    outcomes: str
    created_at: datetime


class ActivityPage(BaseModel):
    items: list[ActivityRead]
    next_page_token: str | None = None


class PairingStatsRead(BaseModel):
    """Counts for dashboards (scope `stats:read`)."""

    pairings_by_state: dict[str, int] = Field(description="Every pairing by its state (proposals superseded or expired too).")
    pairings_by_call: dict[str, int]
    activities_by_kind: dict[str, int] = Field(description="Cooperation activities held, by kind.")
