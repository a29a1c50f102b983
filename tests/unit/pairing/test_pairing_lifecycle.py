"""The pairing lifecycle: accept by both, decline, expiry, dissolution, completion after 18 months."""

from datetime import UTC, date, datetime, timedelta

import pytest

from services.pairing.domain import (
    Acceptances,
    Action,
    State,
    TransitionNotAllowed,
    activities_summary,
    add_months,
    after_accept,
    completion_problem,
    is_expired,
    next_state,
)


def test_both_parties_accepting_confirms():
    s, acc = after_accept(State.proposed, Acceptances(), "a")
    assert s is State.accepted_by_one and acc == Acceptances(a=True)
    s, acc = after_accept(s, acc, "a")  # accepting twice changes nothing
    assert s is State.accepted_by_one
    s, acc = after_accept(s, acc, "b")
    assert s is State.confirmed and acc == Acceptances(True, True)


@pytest.mark.parametrize("state", [State.proposed, State.accepted_by_one])
def test_an_open_proposal_can_be_declined_or_expire(state):
    assert next_state(state, Action.decline) is State.declined
    assert next_state(state, Action.expire) is State.expired


def test_only_confirmed_pairings_dissolve_or_complete():
    assert next_state(State.confirmed, Action.dissolve) is State.dissolved
    assert next_state(State.confirmed, Action.complete) is State.completed
    for action in (Action.dissolve, Action.complete):
        with pytest.raises(TransitionNotAllowed):
            next_state(State.proposed, action)


@pytest.mark.parametrize("state", [State.declined, State.expired, State.dissolved, State.completed, State.superseded])
def test_ended_pairings_accept_nothing(state):
    with pytest.raises(TransitionNotAllowed):
        after_accept(state, Acceptances(), "a")


def test_a_re_match_supersedes_only_untouched_proposals():
    assert next_state(State.proposed, Action.supersede) is State.superseded
    with pytest.raises(TransitionNotAllowed):
        next_state(State.accepted_by_one, Action.supersede)


def test_proposals_expire_at_their_time_and_confirmed_ones_never():
    at = datetime(2027, 1, 1, tzinfo=UTC)
    assert not is_expired(State.proposed, at, at - timedelta(seconds=1))
    assert is_expired(State.accepted_by_one, at, at)
    assert not is_expired(State.confirmed, at, at + timedelta(days=400))


def test_completion_waits_18_months_unless_an_admin_overrides_with_a_reason():
    confirmed = datetime(2027, 8, 31, 12, tzinfo=UTC)
    assert add_months(date(2027, 8, 31), 18) == date(2029, 2, 28)
    early = date(2029, 2, 27)
    assert "2029-02-28" in completion_problem(confirmed, early, 18, False, None)
    assert "override reason" in completion_problem(confirmed, early, 18, True, "  ")
    assert completion_problem(confirmed, early, 18, True, "Partner city merged") is None
    assert completion_problem(confirmed, date(2029, 2, 28), 18, False, None) is None


def test_the_activity_summary_counts_kinds_and_participants():
    assert (
        activities_summary(["study_tour", "seminar", "study_tour"], 41)
        == "3 activities (1 seminar, 2 study tours), 41 participants."
    )
    assert activities_summary([], 0) == "No cooperation activities were recorded."
