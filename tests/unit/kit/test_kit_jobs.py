"""Periodic jobs: when each is due on the service clock, and a run woken early."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from types import SimpleNamespace

import pytest

from shared.jobs import JobRunner, PeriodicJob, is_due, seconds_until_due, wake_job
from tests.support.service_app import FixedClock

T0 = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


async def nothing(app) -> None:
    return None


def test_a_job_needs_exactly_one_schedule():
    with pytest.raises(ValueError):
        PeriodicJob("x", nothing)
    with pytest.raises(ValueError):
        PeriodicJob("x", nothing, every=timedelta(hours=1), daily_at=time(2))


def test_an_interval_job_is_due_at_start_then_after_its_interval():
    job = PeriodicJob("x", nothing, every=timedelta(hours=1))
    assert is_due(job, None, T0)
    assert not is_due(job, T0, T0 + timedelta(minutes=59))
    assert is_due(job, T0, T0 + timedelta(hours=1))
    assert not is_due(PeriodicJob("x", nothing, every=timedelta(hours=1), at_start=False), None, T0)


def test_a_daily_job_is_due_once_its_time_has_passed_since_the_last_run():
    job = PeriodicJob("x", nothing, daily_at=time(2, 0))
    assert not is_due(job, T0, T0 + timedelta(hours=15))  # 01:00 next day: 02:00 not reached
    assert is_due(job, T0, T0 + timedelta(hours=16))  # 02:00 next day
    assert is_due(job, T0, T0 + timedelta(days=7))  # a clock moved a week on
    assert not is_due(job, T0 + timedelta(hours=16), T0 + timedelta(hours=20))


def test_the_wait_is_at_most_a_tick_and_no_longer_than_until_due():
    job = PeriodicJob("x", nothing, every=timedelta(seconds=30), tick=timedelta(seconds=60))
    assert seconds_until_due(job, T0, T0 + timedelta(seconds=10)) == 20
    assert seconds_until_due(PeriodicJob("y", nothing, daily_at=time(0), tick=timedelta(seconds=5)), T0, T0) == 5


async def test_a_runner_runs_at_start_again_when_woken_and_survives_a_failing_run():
    calls: list[datetime] = []

    async def flaky(app) -> None:
        calls.append(app.state.clock.now())
        if len(calls) == 1:
            raise RuntimeError("the database blinked")

    app = SimpleNamespace(state=SimpleNamespace(clock=FixedClock(T0)))
    runner = JobRunner(PeriodicJob("flaky", flaky, every=timedelta(hours=6)), app)
    app.state.jobs = {"flaky": runner}
    task = asyncio.create_task(runner.run_forever())
    try:
        for _ in range(100):
            if runner.runs == 1:
                break
            await asyncio.sleep(0.01)
        assert runner.runs == 1  # ran at start, although it failed
        wake_job(app, "flaky")
        for _ in range(100):
            if runner.runs == 2:
                break
            await asyncio.sleep(0.01)
        assert runner.runs == 2 and len(calls) == 2
    finally:
        task.cancel()
