"""An endpoint's run of failures, and when five days of it disable the endpoint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.webhooks.domain import DISABLE_AFTER, failing_since_after, is_success, should_disable

NOW = datetime(2027, 3, 1, 12, tzinfo=UTC)


def test_the_first_failure_starts_the_run():
    assert failing_since_after(None, False, NOW) == NOW


def test_later_failures_keep_its_start():
    start = NOW - timedelta(days=2)
    assert failing_since_after(start, False, NOW) == start


def test_a_success_ends_the_run():
    assert failing_since_after(NOW - timedelta(days=4), True, NOW) is None


def test_five_days_of_failures_disable_the_endpoint():
    assert DISABLE_AFTER == timedelta(days=5)
    assert should_disable(NOW - timedelta(days=5), NOW)
    assert should_disable(NOW - timedelta(days=9), NOW)


def test_less_than_five_days_or_no_failures_do_not():
    assert not should_disable(NOW - timedelta(days=5) + timedelta(seconds=1), NOW)
    assert not should_disable(None, NOW)


def test_only_a_2xx_is_a_success():
    assert is_success(200) and is_success(204) and is_success(299)
    assert not any(is_success(s) for s in (None, 199, 301, 302, 400, 429, 500, 503))
