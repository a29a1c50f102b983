"""Goal trajectories, being behind them, progress toward the next goal, report comparison."""

from __future__ import annotations

from datetime import date

from services.action_plans.domain import compare_snapshots
from services.action_plans.trajectory import (
    Direction,
    IndicatorFacts,
    behind_reason,
    expected_value,
    next_goal,
    progress,
    standing,
)


def cycling(*measurements) -> IndicatorFacts:
    return IndicatorFacts(
        name="Cycling share",
        unit="%",
        direction=Direction.increase,
        baseline_value=10,
        baseline_on=date(2026, 1, 1),
        goals=((date(2028, 1, 1), 20), (date(2027, 1, 1), 14)),
        measurements=measurements,
    )


def test_the_trajectory_is_linear_between_baseline_and_goals_and_flat_after_the_last():
    ind = cycling()
    assert expected_value(ind, date(2026, 1, 1)) == 10
    assert expected_value(ind, date(2027, 1, 1)) == 14
    assert round(expected_value(ind, date(2027, 7, 2)), 1) == 17.0
    assert expected_value(ind, date(2030, 1, 1)) == 20
    assert expected_value(ind, date(2025, 1, 1)) is None


def test_behind_uses_the_latest_measurement_and_the_desired_direction():
    assert behind_reason(cycling()) is None
    assert behind_reason(cycling((date(2027, 1, 1), 13.5))) is not None
    assert behind_reason(cycling((date(2027, 1, 1), 13.5), (date(2027, 2, 1), 16))) is None
    falling = IndicatorFacts(
        "Waste", "t", Direction.decrease, 100, date(2026, 1, 1), ((date(2027, 1, 1), 50),), ((date(2027, 1, 1), 60),)
    )
    assert "behind its goal trajectory of 50 t" in behind_reason(falling)


def test_standing_says_on_track_behind_or_no_goal_of_the_latest_measurement():
    # expected on 2027-01-01: 14 %
    assert standing(cycling((date(2027, 1, 1), 14))) == "on_track"
    assert standing(cycling((date(2027, 1, 1), 15))) == "on_track"  # ahead counts as on track
    assert standing(cycling((date(2027, 1, 1), 13.5))) == "behind"
    assert standing(cycling()) == "no_goal"  # nothing measured
    assert standing(cycling((date(2025, 6, 1), 9))) == "no_goal"  # measured before the baseline
    no_goals = IndicatorFacts("Trees", "trees", Direction.increase, 0, date(2026, 1, 1), (), ((date(2026, 6, 1), 40),))
    assert standing(no_goals) == "no_goal"


def test_progress_is_toward_the_next_goal_from_the_baseline():
    assert progress(cycling(), date(2026, 6, 1)) == 0.0
    assert next_goal(cycling(), date(2026, 6, 1)) == (date(2027, 1, 1), 14)
    assert progress(cycling((date(2026, 6, 1), 12)), date(2026, 6, 1)) == 0.5
    assert progress(cycling((date(2027, 6, 1), 15)), date(2027, 6, 1)) == 0.5  # next goal is 20 in 2028
    assert progress(cycling((date(2029, 1, 1), 25)), date(2029, 1, 1)) == 1.5  # past the last goal, beyond it
    no_goal = IndicatorFacts("x", "u", Direction.increase, 1, date(2026, 1, 1))
    assert progress(no_goal, date(2026, 6, 1)) is None and next_goal(no_goal, date(2026, 6, 1)) is None


def test_comparing_snapshots_shows_statuses_progress_and_newly_completed_tasks():
    base = {
        "actions": [
            {
                "id": "a1",
                "title": "Bus lanes",
                "status": "on_time",
                "tasks": [{"id": "t1", "title": "Plan", "state": "completed"}],
            },
            {
                "id": "a2",
                "title": "Bikes",
                "status": "not_started",
                "tasks": [{"id": "t2", "title": "Buy", "state": "in_progress"}],
            },
        ],
        "indicators": [{"id": "i1", "name": "Cycling share", "latest": 12, "progress": 0.5}],
    }
    target = {
        "actions": [
            {"id": "a1", "title": "Bus lanes", "status": "late", "tasks": [{"id": "t1", "title": "Plan", "state": "completed"}]},
            {"id": "a2", "title": "Bikes", "status": "completed", "tasks": [{"id": "t2", "title": "Buy", "state": "completed"}]},
            {"id": "a3", "title": "New", "status": "not_started", "tasks": []},
        ],
        "indicators": [{"id": "i1", "name": "Cycling share", "latest": 13, "progress": 0.75}],
    }
    diff = compare_snapshots(base, target)
    assert [(c["action_id"], c["from_status"], c["to_status"]) for c in diff["status_changes"]] == [
        ("a1", "on_time", "late"),
        ("a2", "not_started", "completed"),
    ]
    assert [t["task_id"] for t in diff["completed_tasks"]] == ["t2"]
    assert diff["progress_changes"][0]["progress_delta"] == 0.25 and diff["actions_added"] == ["a3"]
