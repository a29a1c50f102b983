"""Events of the action-plans service.

The covenant service counts approved SECAPs from `plan.approved`, and the knowledge service
turns `action.completed` of pilot projects into good-practice drafts, so these contracts
were fixed before the service itself.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel

from shared.contracts.fields import REASONS, RESULTS, Code, Comments, Id, Label, Line, Name, Text, Title, items
from shared.contracts.visibility import Visibility
from shared.events import EventPayload


class PlanRef(BaseModel):
    """Which plan an event is about, and whose it is."""

    plan_id: Id
    kind: Code  # local_action_plan | secap
    city_id: Id | None = None  # the city (or the signatory's city id, when known)
    signatory_id: Id | None = None  # the covenant signatory a SECAP belongs to
    gcom_id: Code | None = None
    pairing_id: Id | None = None  # the pairing a local action plan comes from
    city_name: Name | None = None  # the city's (or signatory's) name, for readers without a copy of it


class _PlanEvent(EventPayload):
    service = "action_plans"
    entity = "plan"


class PlanSubmitted(_PlanEvent):
    """A plan was submitted for approval."""

    event = "submitted"
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    plan: PlanRef
    title: Title
    submitted_at: datetime


class PlanApproved(_PlanEvent):
    """An admin approved a local action plan or a SECAP."""

    event = "approved"
    visibility = Visibility(scope="action_plans:read", cities=("city_id",))
    plan_id: Id
    kind: Code  # local_action_plan | secap
    city_id: Id | None = None
    signatory_id: Id | None = None  # the covenant signatory a SECAP belongs to
    gcom_id: Code | None = None
    pairing_id: Id | None = None
    pillars: list[Code] = items(3)  # the Covenant pillars the plan covers; empty means all committed
    title: Title = ""
    approved_at: datetime


class PlanReturned(_PlanEvent):
    """An admin returned a submitted plan to its authors with comments; it can be resubmitted."""

    event = "returned"
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    plan: PlanRef
    title: Title
    comments: Comments
    returned_at: datetime


class PlanImplementationStarted(_PlanEvent):
    """An approved plan went into implementation."""

    event = "implementation_started"
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    plan: PlanRef
    title: Title
    started_at: datetime


class PlanCompleted(_PlanEvent):
    """A plan in implementation was completed."""

    event = "completed"
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    plan: PlanRef
    title: Title
    completed_at: datetime


class _ActionEvent(EventPayload):
    service = "action_plans"
    entity = "action"
    action_id: Id
    plan: PlanRef
    title: Title


class ActionStatusChanged(_ActionEvent):
    """An action's computed status changed (completed, cancelled, late, on_time, not_started)."""

    event = "status_changed"
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    status: Code
    previous_status: Code
    reasons: list[Line] = items(REASONS)  # why it is late: overdue tasks, indicators behind their goal
    changed_on: date


class ActionStatusChangedV2(ActionStatusChanged):
    """v2: also the action's theme and kind, so that actions can be counted by theme as they stand."""

    version = 2
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    kind: Code  # activity | pilot_project | policy | investment | capacity_building
    theme: Code | None = None


class ActionResult(BaseModel):
    """What an action achieved, for the good-practice library."""

    indicator_id: Id
    name: Name
    unit: Label
    baseline: float | None = None
    latest: float | None = None
    goal: float | None = None


class ActionCompleted(_ActionEvent):
    """An action was completed; it carries what the knowledge service needs for a practice draft."""

    event = "completed"
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    kind: Code  # activity | pilot_project | policy | investment | capacity_building
    description: Text
    theme: Code | None = None
    sector: Code | None = None
    country_code: Code | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    budget_amount: float | None = None
    budget_currency: Code | None = None
    expected_impact: Label | None = None  # e.g. "1200 tCO2-eq/yr"
    results: list[ActionResult] = items(RESULTS)
    outcomes: Text = ""  # the completed tasks, in words
    completed_at: datetime


class IndicatorMeasured(EventPayload):
    """A measured value was recorded for an indicator."""

    service = "action_plans"
    entity = "indicator"
    event = "measured"
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    indicator_id: Id
    plan: PlanRef
    name: Name
    unit: Label
    value: float
    measured_on: date
    data_source: Name  # where the value comes from (`source` is the CloudEvents attribute)
    progress: float | None = None  # share of the way from baseline to the next goal, 0..1 (may exceed)


class TaskOverdue(EventPayload):
    """A task passed its due date without being completed or cancelled."""

    service = "action_plans"
    entity = "task"
    event = "overdue"
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    task_id: Id
    action_id: Id
    plan: PlanRef
    title: Title
    due_on: date


# Where an indicator's latest measurement stands against the goal trajectory on its date: behind it, on it
# (or ahead), or no trajectory to compare with (no goal after the baseline, or measured before the baseline).
Trajectory = Literal["on_track", "behind", "no_goal"]


class IndicatorMeasuredV2(IndicatorMeasured):
    """v2: also whether the indicator's latest measurement is on or behind its goal trajectory."""

    version = 2
    visibility = Visibility(scope="action_plans:read", cities=("plan.city_id",))
    trajectory: Trajectory
