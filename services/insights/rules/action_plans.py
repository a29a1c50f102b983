"""Action plans: plans by state, actions by status and theme, overdue tasks, indicators, their progress and
whether they are on or behind their goal trajectory."""

from __future__ import annotations

from datetime import date

from services.insights.domain import Change, Known, change, move
from services.insights.rules import rule
from shared.contracts import action_plans as ap

# Statuses of an action that is still under way: the share of late actions is taken among them.
OPEN_STATUSES = ("not_started", "on_time", "late", "in_progress")


def _plan(day: date, plan_id: str, kind: str, state: str, known: Known) -> list[Change]:
    old = known.get("plan", plan_id)
    known.put("plan", plan_id, {"state": state, "kind": kind})
    return move("action_plans.by_state", day, old, {"state": state, "kind": kind})


@rule(ap.PlanSubmitted, lambda p: [("plan", p.plan.plan_id)])
def plan_submitted(day: date, p: ap.PlanSubmitted, known: Known) -> list[Change]:
    """A plan moves to submitted."""
    return _plan(day, p.plan.plan_id, p.plan.kind, "submitted", known)


@rule(ap.PlanApproved, lambda p: [("plan", p.plan_id)])
def plan_approved(day: date, p: ap.PlanApproved, known: Known) -> list[Change]:
    """A plan moves to approved."""
    return _plan(day, p.plan_id, p.kind, "approved", known)


@rule(ap.PlanReturned, lambda p: [("plan", p.plan.plan_id)])
def plan_returned(day: date, p: ap.PlanReturned, known: Known) -> list[Change]:
    """A plan moves to returned (to its authors)."""
    return _plan(day, p.plan.plan_id, p.plan.kind, "returned", known)


@rule(ap.PlanImplementationStarted, lambda p: [("plan", p.plan.plan_id)])
def plan_implementation_started(day: date, p: ap.PlanImplementationStarted, known: Known) -> list[Change]:
    """A plan moves to implementing."""
    return _plan(day, p.plan.plan_id, p.plan.kind, "implementing", known)


@rule(ap.PlanCompleted, lambda p: [("plan", p.plan.plan_id)])
def plan_completed(day: date, p: ap.PlanCompleted, known: Known) -> list[Change]:
    """A plan moves to completed."""
    return _plan(day, p.plan.plan_id, p.plan.kind, "completed", known)


@rule(ap.ActionStatusChanged, lambda p: [("action", p.action_id)])
@rule(ap.ActionStatusChangedV2, lambda p: [("action", p.action_id)])
def action_status_changed(day: date, p: ap.ActionStatusChanged, known: Known) -> list[Change]:
    """An action's status moves; an action first seen here enters at its new status, under its theme
    (v2 carries it; an action known only from v1 events has none).

    The service announces no first status (a new action's is set silently), so an action is
    counted from its first change, never from `previous_status`, which was never counted."""
    old = known.get("action", p.action_id)
    theme = p.theme if isinstance(p, ap.ActionStatusChangedV2) else (old or {}).get("theme")
    new = {"status": p.status, "plan_kind": p.plan.kind, "theme": theme}
    known.put("action", p.action_id, new)
    return move("actions.by_status", day, old, new)


@rule(ap.ActionCompleted)
def action_completed(day: date, p: ap.ActionCompleted, known: Known) -> list[Change]:
    """A completed action, by theme and kind (its status change comes as its own event)."""
    return [change("actions.completed", day, {"theme": p.theme, "kind": p.kind, "country_code": p.country_code})]


@rule(ap.TaskOverdue)
def task_overdue(day: date, p: ap.TaskOverdue, known: Known) -> list[Change]:
    """A task passed its due date."""
    return [change("tasks.overdue", day, {"plan_kind": p.plan.kind})]


def progress_bucket(progress: float | None) -> str:
    """Where an indicator stands towards its next goal."""
    if progress is None:
        return "unknown"
    if progress >= 1:
        return "reached"
    return "under_way" if progress > 0 else "not_started"


@rule(ap.IndicatorMeasured, lambda p: [("indicator", p.indicator_id)])
@rule(ap.IndicatorMeasuredV2, lambda p: [("indicator", p.indicator_id)])
def indicator_measured(day: date, p: ap.IndicatorMeasured, known: Known) -> list[Change]:
    """A measurement: a flow, and the indicator's progress bucket moves; from v2 on, so does its place against
    the goal trajectory (on_track, behind, no_goal); a v1 measurement leaves that where it was."""
    old = known.get("indicator", p.indicator_id) or {}
    trajectory = p.trajectory if isinstance(p, ap.IndicatorMeasuredV2) else old.get("trajectory")
    new = {"progress": progress_bucket(p.progress), "plan_kind": p.plan.kind, "trajectory": trajectory}
    known.put("indicator", p.indicator_id, new)

    def bucket(row: dict, name: str) -> dict | None:
        return None if row.get(name) is None else {name: row[name], "plan_kind": row["plan_kind"]}

    return [
        change("indicators.measured", day, {"plan_kind": p.plan.kind}),
        *move("indicators.by_progress", day, bucket(old, "progress"), bucket(new, "progress")),
        *move("indicators.by_trajectory", day, bucket(old, "trajectory"), bucket(new, "trajectory")),
    ]
