"""Wire models of actions and their tasks."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from services.action_plans.domain import ActionKind, ActionStatus, OrganisationRole, TaskState
from services.action_plans.schemas import Text, Title, Unit
from shared.schemas import NotNull, ReadModel, StrictInput
from shared.schemas import Text as Trimmed

Slug = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60, pattern=r"^[a-z0-9_\-]+$")
]
CurrencyCode = Annotated[str, StringConstraints(to_upper=True, max_length=3, pattern=r"^[A-Za-z]{3}$")]
Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]

# A task's `overdue` depends on the day it is read for: actions.service.as_of sets it on the
# rows before they go out.


# --- actions ----------------------------------------------------------------------------


class Organisation(StrictInput):
    name: Trimmed(1, 300)
    role: OrganisationRole
    contact_role: Trimmed(0, 200) | None = Field(
        None, description="The contact as a role (e.g. 'energy officer'), never a person's name or address."
    )


class Budget(StrictInput):
    amount: float = Field(ge=0, description="Not negative.")
    currency: CurrencyCode = Field(description="ISO 4217, e.g. EUR, COP.")


class Impact(StrictInput):
    value: float
    unit: Unit = Field(description="e.g. tCO2-eq/yr")


class ActionCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Bus lanes on three corridors",
                    "kind": "investment",
                    "theme": "mobility",
                    "starts_on": "2027-03-01",
                    "ends_on": "2028-06-30",
                }
            ]
        }
    )

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
    depends_on: list[Id] = Field(default_factory=list, max_length=200, description="Ids of actions of the same plan.")
    # An action serves a few indicators; its completion event carries each one's result.
    indicator_ids: list[Id] = Field(default_factory=list, max_length=20, description="Indicators of the same plan.")


class ActionUpdate(StrictInput):
    """Fields to change; absent fields stay as they are, null clears an optional one."""

    title: NotNull(Title) = None
    description: NotNull(Text) = None
    theme: Slug | None = None
    sector: Slug | None = None
    kind: NotNull(ActionKind) = None
    organisations: list[Organisation] | None = Field(None, max_length=50)
    starts_on: date | None = None
    ends_on: date | None = None
    budget: Budget | None = None
    expected_impact: Impact | None = None
    depends_on: list[Id] | None = Field(None, max_length=200)
    indicator_ids: list[Id] | None = Field(None, max_length=20)


class ActionCancel(StrictInput):
    reason: Trimmed(3, 5_000)


class TaskRead(ReadModel):
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


class ActionRead(ReadModel):
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
    depends_on: list[str] = Field(validation_alias="dependencies")
    indicator_ids: list[str] = Field(validation_alias="indicator_links")
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

    @field_validator("depends_on", mode="before")
    @classmethod
    def _dependency_ids(cls, rows: list[Any]) -> list[str]:
        return [d.depends_on_id for d in rows]

    @field_validator("indicator_ids", mode="before")
    @classmethod
    def _indicator_ids(cls, rows: list[Any]) -> list[str]:
        return [link.indicator_id for link in rows]


class ActionPage(BaseModel):
    items: list[ActionRead]
    next_page_token: str | None = None


# --- tasks ------------------------------------------------------------------------------


class TaskCreate(StrictInput):
    title: Title
    description: Text = ""
    due_on: date


class TaskUpdate(StrictInput):
    title: NotNull(Title) = None
    description: NotNull(Text) = None
    due_on: NotNull(date) = None
