"""The computed action status at fixed dates."""

from __future__ import annotations

from datetime import date

from services.action_plans.domain import ActionFacts, ActionStatus, TaskFacts, TaskState, compute_status
from services.action_plans.trajectory import Direction, IndicatorFacts

D = date(2027, 3, 1)


def task(state: TaskState, due: date = date(2027, 3, 10), title: str = "t") -> TaskFacts:
    return TaskFacts(title, state, due)


def emissions(*measurements: tuple[date, float]) -> IndicatorFacts:
    return IndicatorFacts(
        name="Emissions",
        unit="tCO2e",
        direction=Direction.decrease,
        baseline_value=1000,
        baseline_on=date(2027, 1, 1),
        goals=((date(2028, 1, 1), 635),),
        measurements=measurements,
    )


def test_an_action_without_tasks_before_its_start_has_not_started():
    assert compute_status(ActionFacts(starts_on=date(2027, 4, 1)), D) == (ActionStatus.not_started, [])
    assert compute_status(ActionFacts(), D) == (ActionStatus.not_started, [])


def test_the_start_date_or_a_task_under_way_makes_it_on_time():
    assert compute_status(ActionFacts(starts_on=D), D)[0] == ActionStatus.on_time
    assert compute_status(ActionFacts(tasks=(task(TaskState.in_progress),)), D)[0] == ActionStatus.on_time
    assert compute_status(ActionFacts(tasks=(task(TaskState.completed), task(TaskState.not_started))), D)[0] == "on_time"


def test_a_task_is_overdue_the_day_after_its_due_date_not_on_it():
    action = ActionFacts(tasks=(task(TaskState.in_progress, due=D, title="Tender"),))
    assert compute_status(action, D)[0] == ActionStatus.on_time
    status, reasons = compute_status(action, date(2027, 3, 2))
    assert status == ActionStatus.late and reasons == ["task 'Tender' was due on 2027-03-01"]


def test_finished_tasks_are_never_overdue():
    action = ActionFacts(tasks=(task(TaskState.cancelled, due=date(2027, 1, 1)), task(TaskState.in_progress)))
    assert compute_status(action, D)[0] == ActionStatus.on_time


def test_every_task_finished_with_one_completed_completes_the_action_even_past_due():
    action = ActionFacts(tasks=(task(TaskState.completed, due=date(2027, 1, 1)), task(TaskState.cancelled)))
    assert compute_status(action, D) == (ActionStatus.completed, [])


def test_every_task_cancelled_or_a_cancelled_action_is_cancelled():
    assert compute_status(ActionFacts(tasks=(task(TaskState.cancelled),)), D)[0] == ActionStatus.cancelled
    late_but_cancelled = ActionFacts(cancelled=True, tasks=(task(TaskState.not_started, due=date(2027, 1, 1)),))
    assert compute_status(late_but_cancelled, D)[0] == ActionStatus.cancelled


def test_an_indicator_behind_its_trajectory_makes_the_action_late():
    # Halfway through 2027 the trajectory expects about 816 t; 900 t is behind, 800 t is not.
    behind = ActionFacts(starts_on=date(2027, 1, 1), indicators=(emissions((date(2027, 7, 2), 900)),))
    status, reasons = compute_status(behind, D)
    assert status == ActionStatus.late and "behind its goal trajectory" in reasons[0] and "Emissions" in reasons[0]
    ahead = ActionFacts(starts_on=date(2027, 1, 1), indicators=(emissions((date(2027, 7, 2), 800)),))
    assert compute_status(ahead, D)[0] == ActionStatus.on_time


def test_late_lists_every_reason():
    action = ActionFacts(
        tasks=(task(TaskState.not_started, due=date(2027, 2, 1), title="A"), task(TaskState.in_progress, date(2027, 2, 2), "B")),
        indicators=(emissions((date(2027, 2, 1), 1000)),),
    )
    status, reasons = compute_status(action, D)
    assert status == ActionStatus.late and len(reasons) == 3
