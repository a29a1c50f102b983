"""Wire models of indicators, their goals and measurements."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import AliasChoices, BaseModel, Field

from services.action_plans.schemas import Title, Unit
from services.action_plans.trajectory import Direction
from shared.schemas import ReadModel, StrictInput
from shared.schemas import Text as Trimmed

# What depends on the day an indicator is read for (next goal, progress), how it is behind
# and which actions it serves: indicators.service.as_of sets them on the rows before they go out.


class Baseline(StrictInput):
    value: float
    on: date


class GoalIn(StrictInput):
    on: date
    value: float


class IndicatorCreate(StrictInput):
    name: Title
    unit: Unit
    direction: Direction
    baseline: Baseline
    goals: list[GoalIn] = Field(default_factory=list, max_length=100)


class MeasurementCreate(StrictInput):
    on: date
    value: float
    data_source: Trimmed(2, 500) = Field(description="Where the value comes from (a survey, a meter, a statistics office).")


class MeasurementRead(ReadModel):
    id: str
    on: date = Field(validation_alias="measured_on")
    value: float
    data_source: str
    recorded_by: str
    created_at: datetime


class GoalRead(ReadModel):
    # An IndicatorGoal row (due_on), or a goal the rules picked ({"on", "value"}).
    on: date = Field(validation_alias=AliasChoices("due_on", "on"))
    value: float


class IndicatorRead(ReadModel):
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
