"""Indicator rules: the goal trajectory, whether a measurement is behind it, and progress
toward the next goal. Plain Python, no web framework, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import pairwise


class Direction(StrEnum):
    """Which way the indicator should move."""

    increase = "increase"
    decrease = "decrease"


@dataclass(frozen=True)
class IndicatorFacts:
    """An indicator as the rules need it: goals and measurements as (date, value), any order."""

    name: str
    unit: str
    direction: Direction
    baseline_value: float
    baseline_on: date
    goals: tuple[tuple[date, float], ...] = ()
    measurements: tuple[tuple[date, float], ...] = ()

    @property
    def latest(self) -> tuple[date, float] | None:
        """The most recent measurement (the last recorded of its day)."""
        return max(self.measurements, key=lambda m: m[0]) if self.measurements else None

    @property
    def trajectory(self) -> list[tuple[date, float]]:
        """Baseline, then the goals after it, by date."""
        return [(self.baseline_on, self.baseline_value), *sorted(g for g in self.goals if g[0] > self.baseline_on)]


def expected_value(ind: IndicatorFacts, on: date) -> float | None:
    """Where the trajectory says the indicator should be on `on`: linear between its points,
    the last goal after it; None without goals or before the baseline."""
    points = ind.trajectory
    if len(points) < 2 or on < points[0][0]:
        return None
    for (d0, v0), (d1, v1) in pairwise(points):
        if on <= d1:
            return v0 + (v1 - v0) * (on - d0).days / (d1 - d0).days
    return points[-1][1]


def behind_reason(ind: IndicatorFacts) -> str | None:
    """Why the latest measurement is behind the trajectory on its date, or None if it is not
    (or cannot be told: no goal, no measurement)."""
    latest = ind.latest
    if latest is None:
        return None
    on, value = latest
    expected = expected_value(ind, on)
    if expected is None:
        return None
    tolerance = 1e-9 * max(1.0, abs(expected))
    behind = value < expected - tolerance if ind.direction == Direction.increase else value > expected + tolerance
    if not behind:
        return None
    return (
        f"indicator '{ind.name}' measured {value:g} {ind.unit} on {on.isoformat()}, "
        f"behind its goal trajectory of {expected:.4g} {ind.unit}"
    )


def standing(ind: IndicatorFacts) -> str:
    """Where the latest measurement stands against the trajectory on its date: "behind", "on_track"
    (on it or ahead), or "no_goal" when there is nothing to compare with (no goal, no measurement,
    or a measurement before the baseline)."""
    latest = ind.latest
    if latest is None or expected_value(ind, latest[0]) is None:
        return "no_goal"
    return "behind" if behind_reason(ind) else "on_track"


def next_goal(ind: IndicatorFacts, today: date) -> tuple[date, float] | None:
    """The first goal on or after today, else the last goal; None without goals."""
    goals = sorted(ind.goals)
    if not goals:
        return None
    return next((g for g in goals if g[0] >= today), goals[-1])


def progress(ind: IndicatorFacts, today: date) -> float | None:
    """Share of the way from the baseline to the next goal (0..1, beyond 1 when exceeded,
    negative when moving away); None without a goal or when the goal equals the baseline."""
    goal = next_goal(ind, today)
    if goal is None or goal[1] == ind.baseline_value:
        return None
    current = ind.latest[1] if ind.latest else ind.baseline_value
    return round((current - ind.baseline_value) / (goal[1] - ind.baseline_value), 4)
