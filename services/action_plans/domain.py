"""The rules of action plans: plan and task state machines, action fields, the dependency
graph and the computed action status. Plain Python, no web framework, no database."""

from __future__ import annotations

import graphlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

import pycountry

from services.action_plans.trajectory import IndicatorFacts, behind_reason


class PlanKind(StrEnum):
    local_action_plan = "local_action_plan"
    secap = "secap"


class PlanState(StrEnum):
    """Where a plan stands; `returned` is a draft again, with the reviewer's comments."""

    draft = "draft"
    submitted = "submitted"
    returned = "returned"
    approved = "approved"
    implementing = "implementing"
    completed = "completed"


class PlanStep(StrEnum):
    """What can be done to a plan."""

    submit = "submit"
    approve = "approve"
    return_ = "return"
    start_implementation = "start_implementation"
    complete = "complete"


PLAN_TRANSITIONS: dict[tuple[PlanState, PlanStep], PlanState] = {
    (PlanState.draft, PlanStep.submit): PlanState.submitted,
    (PlanState.returned, PlanStep.submit): PlanState.submitted,
    (PlanState.submitted, PlanStep.approve): PlanState.approved,
    (PlanState.submitted, PlanStep.return_): PlanState.returned,
    (PlanState.approved, PlanStep.start_implementation): PlanState.implementing,
    (PlanState.implementing, PlanStep.complete): PlanState.completed,
}

# Only the coordination unit reviews plans.
ADMIN_STEPS = frozenset({PlanStep.approve, PlanStep.return_})

# A submitted plan is frozen while it is reviewed (the admin approves what it read); a
# completed one is closed. Progress (task states, measurements) goes on while it is reviewed.
CONTENT_EDITABLE = frozenset({PlanState.draft, PlanState.returned, PlanState.approved, PlanState.implementing})
PROGRESS_OPEN = frozenset(PlanState) - {PlanState.completed}


class TransitionNotAllowed(Exception):
    """The step does not apply to the current state."""

    def __init__(self, what: str, state: str, step: str, allowed: Iterable[str]) -> None:
        allowed = sorted(allowed)
        super().__init__(
            f"A {what} that is {state} does not allow '{step}'"
            + (f"; possible now: {', '.join(allowed)}." if allowed else "; its state is final.")
        )
        self.state = state
        self.step = step


def local_plan_period(confirmed_on: date, earliest_completion_on: date, default_months: int) -> tuple[date, date]:
    """A local action plan's period: from its pairing's confirmation to the pairing's earliest completion, which is
    the call's minimum cooperation later (pairing.confirmed carries it); `default_months` when that day is no later."""
    if earliest_completion_on > confirmed_on:
        return confirmed_on, earliest_completion_on
    return confirmed_on, confirmed_on + timedelta(days=30 * default_months)


def next_plan_state(state: PlanState, step: PlanStep) -> PlanState:
    """The plan state after `step`, or TransitionNotAllowed."""
    try:
        return PLAN_TRANSITIONS[(state, step)]
    except KeyError:
        allowed = [s.value for (st, s) in PLAN_TRANSITIONS if st == state]
        raise TransitionNotAllowed("plan", state.value, step.value, allowed) from None


# --- tasks ------------------------------------------------------------------------------


class TaskState(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    completed = "completed"
    cancelled = "cancelled"


class TaskStep(StrEnum):
    start = "start"
    complete = "complete"
    cancel = "cancel"


TASK_TRANSITIONS: dict[tuple[TaskState, TaskStep], TaskState] = {
    (TaskState.not_started, TaskStep.start): TaskState.in_progress,
    (TaskState.not_started, TaskStep.complete): TaskState.completed,
    (TaskState.in_progress, TaskStep.complete): TaskState.completed,
    (TaskState.not_started, TaskStep.cancel): TaskState.cancelled,
    (TaskState.in_progress, TaskStep.cancel): TaskState.cancelled,
}

OPEN_TASK_STATES = frozenset({TaskState.not_started, TaskState.in_progress})


def task_transition(state: TaskState, step: TaskStep, now: datetime) -> tuple[TaskState, datetime | None]:
    """The task's next state and its `completed_at`: set exactly when it is completed."""
    try:
        new = TASK_TRANSITIONS[(state, step)]
    except KeyError:
        allowed = [s.value for (st, s) in TASK_TRANSITIONS if st == state]
        raise TransitionNotAllowed("task", state.value, step.value, allowed) from None
    return new, (now if new == TaskState.completed else None)


def is_overdue(state: TaskState | str, due_on: date, today: date) -> bool:
    """An open task whose due date has passed (a task due today is not overdue yet)."""
    return TaskState(state) in OPEN_TASK_STATES and due_on < today


# --- actions ----------------------------------------------------------------------------


class ActionKind(StrEnum):
    activity = "activity"
    pilot_project = "pilot_project"
    policy = "policy"
    investment = "investment"
    capacity_building = "capacity_building"


class OrganisationRole(StrEnum):
    primary = "primary"
    collaborator = "collaborator"


class ActionStatus(StrEnum):
    completed = "completed"
    cancelled = "cancelled"
    late = "late"
    on_time = "on_time"
    not_started = "not_started"


def is_currency(code: str) -> bool:
    """True for an active ISO 4217 alphabetic code (pycountry ships the ISO list)."""
    return len(code) == 3 and code.isupper() and pycountry.currencies.get(alpha_3=code) is not None


@dataclass(frozen=True)
class ActionFields:
    """The checked fields of an action, as they will be stored (after a partial update)."""

    starts_on: date | None = None
    ends_on: date | None = None
    budget_amount: float | None = None
    budget_currency: str | None = None
    impact_value: float | None = None
    impact_unit: str | None = None
    organisations: tuple[tuple[str, str], ...] = ()  # (name, role)


def action_problems(f: ActionFields) -> list[dict]:
    """Every broken rule of an action's fields, each with its rule name and pointer."""
    errors: list[dict] = []
    if f.starts_on and f.ends_on and f.ends_on < f.starts_on:
        errors.append(
            {
                "rule": "ends_after_start",
                "pointer": "/ends_on",
                "detail": f"ends_on {f.ends_on} is before starts_on {f.starts_on}",
            }
        )
    if f.budget_amount is not None and f.budget_amount < 0:
        errors.append({"rule": "budget_not_negative", "pointer": "/budget/amount", "detail": "a budget cannot be negative"})
    if f.budget_currency is not None and not is_currency(f.budget_currency):
        errors.append(
            {
                "rule": "currency_iso_4217",
                "pointer": "/budget/currency",
                "detail": f"{f.budget_currency!r} is not an ISO 4217 currency code",
            }
        )
    if (f.impact_value is None) != (f.impact_unit is None):
        errors.append(
            {"rule": "impact_has_unit", "pointer": "/expected_impact", "detail": "an expected impact needs a value and a unit"}
        )
    primaries = [name for name, role in f.organisations if role == OrganisationRole.primary]
    if f.organisations and len(primaries) != 1:
        errors.append(
            {
                "rule": "one_primary_organisation",
                "pointer": "/organisations",
                "detail": f"responsible organisations need exactly one primary, found {len(primaries)}",
            }
        )
    names = [name.casefold() for name, _ in f.organisations]
    if len(set(names)) != len(names):
        errors.append({"rule": "organisations_unique", "pointer": "/organisations", "detail": "an organisation is listed twice"})
    return errors


def dependency_cycle(edges: Mapping[str, Iterable[str]], start: str | None = None) -> list[str] | None:
    """A cycle of the graph `action -> actions it depends on`, first node repeated at the end
    (from `start` when it is on the cycle); None if the graph is acyclic."""
    try:
        graphlib.TopologicalSorter({node: set(deps) for node, deps in edges.items()}).prepare()
    except graphlib.CycleError as exc:
        cycle = list(exc.args[1])
        # graphlib reports the cycle against the edge direction (dependency first); turn it
        # round so it reads "a depends on b depends on ... a".
        ring = cycle[::-1][:-1]
        if start in ring:
            at = ring.index(start)
            ring = ring[at:] + ring[:at]
        return [*ring, ring[0]]
    return None


@dataclass(frozen=True)
class TaskFacts:
    title: str
    state: TaskState
    due_on: date


@dataclass(frozen=True)
class ActionFacts:
    """What the status of an action depends on."""

    starts_on: date | None = None
    cancelled: bool = False
    tasks: tuple[TaskFacts, ...] = ()
    indicators: tuple[IndicatorFacts, ...] = field(default_factory=tuple)


def compute_status(action: ActionFacts, today: date) -> tuple[ActionStatus, list[str]]:
    """The status of an action on `today`, and why it is late.

    Cancelled by hand, or every task cancelled -> cancelled; every task finished with at least
    one completed -> completed; an overdue task or an indicator behind its trajectory -> late;
    started (a task under way or done, or the start date reached) -> on_time; else not_started.
    """
    if action.cancelled:
        return ActionStatus.cancelled, []
    states = [t.state for t in action.tasks]
    if states and all(s not in OPEN_TASK_STATES for s in states):
        if TaskState.completed in states:
            return ActionStatus.completed, []
        return ActionStatus.cancelled, []
    reasons = [
        f"task '{t.title}' was due on {t.due_on.isoformat()}" for t in action.tasks if is_overdue(t.state, t.due_on, today)
    ]
    reasons += [r for r in (behind_reason(i) for i in action.indicators) if r]
    if reasons:
        return ActionStatus.late, reasons
    started = any(s in (TaskState.in_progress, TaskState.completed) for s in states)
    if started or (action.starts_on is not None and action.starts_on <= today):
        return ActionStatus.on_time, []
    return ActionStatus.not_started, []


# --- progress reports -------------------------------------------------------------------


def compare_snapshots(base: dict, target: dict) -> dict:
    """What changed from one report snapshot to a later one: statuses, progress, completed tasks."""
    base_actions = {a["id"]: a for a in base.get("actions", [])}
    target_actions = {a["id"]: a for a in target.get("actions", [])}
    status_changes = [
        {"action_id": aid, "title": a["title"], "from_status": base_actions[aid]["status"], "to_status": a["status"]}
        for aid, a in target_actions.items()
        if aid in base_actions and base_actions[aid]["status"] != a["status"]
    ]
    done_before = {t["id"] for a in base_actions.values() for t in a.get("tasks", []) if t["state"] == TaskState.completed}
    completed_tasks = [
        {"task_id": t["id"], "title": t["title"], "action_id": aid, "completed_at": t.get("completed_at")}
        for aid, a in target_actions.items()
        for t in a.get("tasks", [])
        if t["state"] == TaskState.completed and t["id"] not in done_before
    ]
    base_ind = {i["id"]: i for i in base.get("indicators", [])}
    progress_changes = []
    for ind in target.get("indicators", []):
        before = base_ind.get(ind["id"], {})
        if before.get("progress") != ind.get("progress") or before.get("latest") != ind.get("latest"):
            delta = None
            if ind.get("progress") is not None and before.get("progress") is not None:
                delta = round(ind["progress"] - before["progress"], 4)
            progress_changes.append(
                {
                    "indicator_id": ind["id"],
                    "name": ind["name"],
                    "from_progress": before.get("progress"),
                    "to_progress": ind.get("progress"),
                    "progress_delta": delta,
                    "from_latest": before.get("latest"),
                    "to_latest": ind.get("latest"),
                }
            )
    return {
        "status_changes": status_changes,
        "progress_changes": progress_changes,
        "completed_tasks": completed_tasks,
        "actions_added": sorted(set(target_actions) - set(base_actions)),
        "actions_removed": sorted(set(base_actions) - set(target_actions)),
    }
