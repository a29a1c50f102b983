"""The retry schedule: Svix's steps, Retry-After honoured up to the longest step, and the last try."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.webhooks.domain import MAX_RETRY_AFTER, SCHEDULE, next_attempt_at

NOW = datetime(2027, 3, 1, 12, tzinfo=UTC)


def test_the_schedule_is_immediately_then_5s_5min_30min_2h_5h_10h_10h():
    assert [s.total_seconds() for s in SCHEDULE] == [0, 5, 300, 1800, 7200, 18000, 36000, 36000]


@pytest.mark.parametrize(("failed", "wait"), [(1, 5), (2, 300), (3, 1800), (4, 7200), (5, 18000), (6, 36000), (7, 36000)])
def test_each_failure_waits_its_step(failed, wait):
    assert next_attempt_at(failed, NOW) == NOW + timedelta(seconds=wait)


def test_after_the_eighth_try_there_is_none():
    assert next_attempt_at(len(SCHEDULE), NOW) is None
    assert next_attempt_at(len(SCHEDULE) + 3, NOW) is None


def test_a_longer_retry_after_replaces_the_wait():
    assert next_attempt_at(1, NOW, retry_after=120) == NOW + timedelta(seconds=120)


def test_a_shorter_retry_after_does_not_hurry_the_schedule():
    assert next_attempt_at(2, NOW, retry_after=10) == NOW + timedelta(minutes=5)


def test_retry_after_is_capped_at_the_longest_step():
    assert MAX_RETRY_AFTER == timedelta(hours=10)
    assert next_attempt_at(1, NOW, retry_after=7 * 86400) == NOW + timedelta(hours=10)


def test_retry_after_does_not_extend_the_number_of_tries():
    assert next_attempt_at(len(SCHEDULE), NOW, retry_after=60) is None
