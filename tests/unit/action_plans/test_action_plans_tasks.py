"""The task state machine: completed_at set exactly when a task is completed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.action_plans.domain import TASK_TRANSITIONS, TaskState, TaskStep, TransitionNotAllowed, is_overdue, task_transition

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


def test_start_then_complete_sets_completed_at_only_on_completion():
    state, completed_at = task_transition(TaskState.not_started, TaskStep.start, NOW)
    assert (state, completed_at) == (TaskState.in_progress, None)
    assert task_transition(state, TaskStep.complete, NOW) == (TaskState.completed, NOW)


def test_a_task_can_be_completed_or_cancelled_without_being_started():
    assert task_transition(TaskState.not_started, TaskStep.complete, NOW) == (TaskState.completed, NOW)
    assert task_transition(TaskState.not_started, TaskStep.cancel, NOW) == (TaskState.cancelled, None)
    assert task_transition(TaskState.in_progress, TaskStep.cancel, NOW) == (TaskState.cancelled, None)


@pytest.mark.parametrize("state", [TaskState.completed, TaskState.cancelled])
@pytest.mark.parametrize("step", list(TaskStep))
def test_finished_tasks_are_final(state, step):
    with pytest.raises(TransitionNotAllowed, match="final"):
        task_transition(state, step, NOW)


def test_an_in_progress_task_cannot_start_again_and_says_what_is_possible():
    with pytest.raises(TransitionNotAllowed, match="possible now: cancel, complete"):
        task_transition(TaskState.in_progress, TaskStep.start, NOW)


def test_completed_at_is_set_exactly_for_the_completed_state_across_every_transition():
    for (state, step), target in TASK_TRANSITIONS.items():
        new, completed_at = task_transition(state, step, NOW)
        assert new == target and (completed_at is not None) == (new == TaskState.completed)


def test_overdue_only_for_open_tasks_past_their_due_date():
    due = date(2027, 3, 1)
    assert not is_overdue(TaskState.not_started, due, due)
    assert is_overdue(TaskState.not_started, due, date(2027, 3, 2))
    assert is_overdue("in_progress", due, date(2027, 3, 2))
    assert not is_overdue(TaskState.completed, due, date(2027, 3, 2))
