"""Wire models of the action-plans service: what callers send and receive."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from services.action_plans.domain import ActionKind, ActionStatus, OrganisationRole, PlanKind, PlanState, TaskState
from services.action_plans.indicators import Direction

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]
Text = Annotated[str, Field(max_length=20_000)]
Slug = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60, pattern=r"^[a-z0-9_\-]+$")
]
Unit = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
CurrencyCode = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=3, max_length=3)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- plans ------------------------------------------------------------------------------


class PartnerRead(BaseModel):
    kind: str
    id: str
    name: str
    country_code: str


class PlanTransitionRead(BaseModel):
    from_state: PlanState | None
    to_state: PlanState
    actor: str
    actor_role: str
    comment: str | None
    at: datetime


class PlanRead(BaseModel):
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


class PlanUpdate(_In):
    """Fields to change; absent fields stay as they are."""

    title: Title | None = None
    description: Text | None = None
    period_start: date | None = None
    period_end: date | None = None


class ReturnComments(_In):
    comments: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=10_000)]


# --- actions ----------------------------------------------------------------------------


class Organisation(_In):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
    role: OrganisationRole
    contact_role: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = Field(
        None, description="The contact as a role (e.g. 'energy officer'), never a person's name or address."
    )


class Budget(_In):
    amount: float = Field(ge=0, description="Not negative.")
    currency: CurrencyCode = Field(description="ISO 4217, e.g. EUR, COP.")


class Impact(_In):
    value: float
    unit: Unit = Field(description="e.g. tCO2-eq/yr")


class ActionCreate(_In):
    title: Title
    description: Text = ""
    theme: Slug | None = None
    sector: Slug | None = None
    kind: ActionKind
    organisations: list[Organisation] = Field(default_factory=list, max_length=50)
    starts_on: date | None = None
    ends_on: date | None = None
    budget: Budget | None = None
    expected_impact: Impact | None = None
    depends_on: list[str] = Field(default_factory=list, max_length=200, description="Ids of actions of the same plan.")
    indicator_ids: list[str] = Field(default_factory=list, max_length=200, description="Indicators of the same plan.")


class ActionUpdate(_In):
    """Fields to change; absent fields stay as they are, null clears an optional one."""

    title: Title | None = None
    description: Text | None = None
    theme: Slug | None = None
    sector: Slug | None = None
    kind: ActionKind | None = None
    organisations: list[Organisation] | None = Field(None, max_length=50)
    starts_on: date | None = None
    ends_on: date | None = None
    budget: Budget | None = None
    expected_impact: Impact | None = None
    depends_on: list[str] | None = Field(None, max_length=200)
    indicator_ids: list[str] | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _not_null(self) -> ActionUpdate:
        for name in ("title", "kind", "description"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class ActionCancel(_In):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=5_000)]


class TaskRead(BaseModel):
    id: str
    action_id: str
    title: str
    description: str
    due_on: date
    state: TaskState
    overdue: bool
    completed_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime


class ActionRead(BaseModel):
    id: str
    plan_id: str
    title: str
    description: str
    theme: str | None
    sector: str | None
    kind: ActionKind
    organisations: list[dict]
    starts_on: date | None
    ends_on: date | None
    budget: Budget | None
    expected_impact: Impact | None
    depends_on: list[str]
    indicator_ids: list[str]
    status: ActionStatus
    status_reasons: list[str]
    status_changed_on: date | None
    completed_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str | None
    tasks: list[TaskRead]
    version: int
    created_at: datetime
    updated_at: datetime


class ActionPage(BaseModel):
    items: list[ActionRead]
    next_page_token: str | None = None


# --- tasks ------------------------------------------------------------------------------


class TaskCreate(_In):
    title: Title
    description: Text = ""
    due_on: date


class TaskUpdate(_In):
    title: Title | None = None
    description: Text | None = None
    due_on: date | None = None


# --- indicators -------------------------------------------------------------------------


class Baseline(_In):
    value: float
    on: date


class GoalIn(_In):
    on: date
    value: float


class IndicatorCreate(_In):
    name: Title
    unit: Unit
    direction: Direction
    baseline: Baseline
    goals: list[GoalIn] = Field(default_factory=list, max_length=100)


class MeasurementCreate(_In):
    on: date
    value: float
    data_source: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=500)] = Field(
        description="Where the value comes from (a survey, a meter, a statistics office)."
    )


class MeasurementRead(BaseModel):
    id: str
    on: date
    value: float
    data_source: str
    recorded_by: str
    created_at: datetime


class GoalRead(BaseModel):
    on: date
    value: float


class IndicatorRead(BaseModel):
    id: str
    plan_id: str
    name: str
    unit: str
    direction: Direction
    baseline: Baseline
    goals: list[GoalRead]
    latest: MeasurementRead | None
    next_goal: GoalRead | None
    progress: float | None = Field(description="Share of the way from the baseline to the next goal (may exceed 1).")
    behind: str | None = Field(description="Why the latest measurement is behind the goal trajectory, if it is.")
    action_ids: list[str]
    version: int
    created_at: datetime


class IndicatorPage(BaseModel):
    items: list[IndicatorRead]
    next_page_token: str | None = None


class MeasurementPage(BaseModel):
    items: list[MeasurementRead]
    next_page_token: str | None = None


# --- reports and stats ------------------------------------------------------------------


class ReportCreate(_In):
    title: Title | None = None
    period_start: date
    period_end: date

    @model_validator(mode="after")
    def _period(self) -> ReportCreate:
        if self.period_end < self.period_start:
            raise ValueError("period_end is before period_start")
        return self


class ReportRead(BaseModel):
    id: str
    plan_id: str
    title: str
    period_start: date
    period_end: date
    snapshot: dict
    created_by: str
    created_at: datetime


class ReportSummary(BaseModel):
    id: str
    plan_id: str
    title: str
    period_start: date
    period_end: date
    created_at: datetime


class ReportPage(BaseModel):
    items: list[ReportSummary]
    next_page_token: str | None = None


class ReportComparison(BaseModel):
    base_report_id: str
    report_id: str
    status_changes: list[dict]
    progress_changes: list[dict]
    completed_tasks: list[dict]
    actions_added: list[str]
    actions_removed: list[str]


class StatsRead(BaseModel):
    plans_by_state: dict[str, int]
    plans_by_kind: dict[str, int]
    actions_by_status: dict[str, int]
    actions_by_theme: dict[str, int]


class RecomputeRead(BaseModel):
    assessed_on: date
    actions_assessed: int
    status_changes: int
    tasks_overdue: int
