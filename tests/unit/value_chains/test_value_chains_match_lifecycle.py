"""The life of a match as plain rules: declined or expired matches are closed for good."""

from datetime import UTC, datetime, timedelta

import pytest

from services.value_chains.domain import MatchStatus, check_match_open, match_status, status_after_interest

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


@pytest.mark.parametrize("status", ["proposed", "interest_expressed"])
def test_a_waiting_match_expires_after_n_days_without_action(status):
    assert match_status(status, NOW - timedelta(days=59, hours=23), NOW, 60) == MatchStatus(status)
    assert match_status(status, NOW - timedelta(days=60), NOW, 60) == MatchStatus.expired


@pytest.mark.parametrize("status", ["mutual_interest", "agreed", "declined", "expired"])
def test_mutual_interest_and_closed_matches_do_not_expire(status):
    assert match_status(status, NOW - timedelta(days=365), NOW, 60) == MatchStatus(status)


def test_only_open_matches_take_interest_declines_or_agreements():
    for open_ in ("proposed", "interest_expressed", "mutual_interest"):
        assert check_match_open(MatchStatus(open_)) == []
    assert [v.rule for v in check_match_open(MatchStatus.agreed)] == ["one_agreement_per_match"]
    assert [v.rule for v in check_match_open(MatchStatus.declined)] == ["match_open"]
    assert [v.rule for v in check_match_open(MatchStatus.expired)] == ["match_open"]


def test_interest_does_not_reopen_a_closed_match():
    assert status_after_interest({"a", "b"}, ["a", "b"], MatchStatus.declined) == MatchStatus.declined
    assert status_after_interest({"a"}, ["a", "b"], MatchStatus.expired) == MatchStatus.expired
