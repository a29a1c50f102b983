"""Wire models of a pairing's cooperation activities: planned, held or cancelled."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from services.pairing.domain import ActivityKind, ActivityStatus
from services.pairing.schemas import PartyId, ReasonText
from shared.schemas import NotNull, ReadModel, StrictInput, Text, rule_broken

HELD_RULE = (
    "An activity is held once it is over: `held` with an ends_on after today (the service's clock, UTC) answers 422 "
    "with the rule held_in_future."
)


class ActivityCreate(StrictInput):
    kind: ActivityKind
    title: Text(3, 300)
    host_party_id: str = Field(min_length=1, max_length=64)
    starts_on: date
    ends_on: date
    participants: int = Field(ge=0, le=100_000)
    # A paragraph: the completed pairing's event carries its latest activities with their outcomes.
    outcomes: str = Field("", max_length=2_000)
    status: Literal["planned", "held"] = Field(
        "held", description="planned: ahead (mark it held later, or cancel it); held: it took place. " + HELD_RULE
    )

    @model_validator(mode="after")
    def _dates(self) -> ActivityCreate:
        if self.ends_on < self.starts_on:
            raise rule_broken("date_order", "ends_on is before starts_on")
        return self


class ActivityUpdate(StrictInput):
    """The fields to change of a planned or held activity (a held one keeps its kind and stays in the past)."""

    kind: NotNull(ActivityKind) = None
    title: NotNull(Text(3, 300)) = None
    host_party_id: NotNull(PartyId) = None
    starts_on: NotNull(date) = None
    ends_on: NotNull(date) = None
    participants: NotNull(int) = Field(None, ge=0, le=100_000)
    outcomes: NotNull(str) = Field(None, max_length=2_000)


class ActivityHeldBody(StrictInput):
    """What was learnt once the activity took place (absent fields keep their values)."""

    participants: NotNull(int) = Field(None, ge=0, le=100_000)
    outcomes: NotNull(str) = Field(None, max_length=2_000)


class ActivityCancelBody(StrictInput):
    reason: ReasonText


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
    status: ActivityStatus
    cancel_reason: str | None = None
    version: int
    created_at: datetime
    updated_at: datetime | None = None


class ActivityPage(BaseModel):
    items: list[ActivityRead]
    next_page_token: str | None = None
