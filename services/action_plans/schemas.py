"""Wire models of plans, stats and the status pass (actions and reports: their seams' schemas)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field

from services.action_plans.domain import PlanKind, PlanState
from shared.schemas import NotNull, ReadModel, StrictInput
from shared.schemas import Text as Trimmed

Title = Trimmed(3, 300)
Text = Annotated[str, Field(max_length=20_000)]
Unit = Trimmed(1, 60)


class PartnerRead(ReadModel):
    kind: str
    id: str
    name: str
    country_code: str


class PlanTransitionRead(ReadModel):
    from_state: PlanState | None
    to_state: PlanState
    actor: str
    actor_role: str
    comment: str | None
    at: datetime


class PlanRead(ReadModel):
    id: str
    kind: PlanKind
    title: str
    description: str
    city_id: str | None
    city_name: str
    country_code: str
    pairing_id: str | None
    partner: PartnerRead | None
    signatory_id: str | None
    gcom_id: str | None
    regional_covenant: str | None
    pillars: list[str] = Field(description="Covenant pillars a SECAP covers (from the signatory's commitments).")
    period_start: date
    period_end: date | None
    state: PlanState
    review_comments: str | None = Field(description="The reviewer's comments when the plan was last returned.")
    submitted_at: datetime | None
    approved_at: datetime | None
    history: list[PlanTransitionRead]
    version: int
    created_at: datetime
    updated_at: datetime


class PlanPage(BaseModel):
    items: list[PlanRead]
    next_page_token: str | None = None


class PlanUpdate(StrictInput):
    """Fields to change; absent fields stay as they are."""

    title: NotNull(Title) = None
    description: NotNull(Text) = None
    period_start: NotNull(date) = None
    period_end: date | None = None


class ReturnComments(StrictInput):
    comments: Trimmed(3, 10_000)


class StatsRead(BaseModel):
    plans_by_state: dict[str, int]
    plans_by_kind: dict[str, int]
    actions_by_status: dict[str, int]
    actions_by_theme: dict[str, int]


class RecomputeRead(ReadModel):
    assessed_on: date
    actions_assessed: int
    status_changes: int
    tasks_overdue: int
