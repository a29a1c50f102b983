"""The daily status pass is a job on the service clock: at start, then once each new day, so a
clock shifted forward makes it due at its next look."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.action_plans.app import build_app
from services.action_plans.config import get_settings
from services.action_plans.status import run_status_pass
from shared.jobs import is_due


def test_the_status_pass_runs_at_start_and_once_each_new_day_of_the_service_clock():
    job = build_app().state.jobs["status"].job
    assert job.run is run_status_pass
    assert job.tick == timedelta(seconds=get_settings().status_check_seconds)
    last = datetime(2027, 3, 1, 9, tzinfo=UTC)
    assert is_due(job, None, last)
    assert not is_due(job, last, last + timedelta(hours=14, minutes=59))
    assert is_due(job, last, last + timedelta(hours=15))
    assert is_due(job, last, last + timedelta(days=7))
