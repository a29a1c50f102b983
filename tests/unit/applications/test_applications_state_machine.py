"""The application state machine, without a database."""

import pytest

from services.applications.domain import TERMINAL, TRANSITIONS, Action, State, TransitionNotAllowed, next_state


def test_the_happy_path_reaches_accepted():
    s = State.draft
    for action in (Action.submit, Action.start_review, Action.accept):
        s = next_state(s, action)
    assert s is State.accepted


def test_more_information_goes_back_to_submitted():
    s = next_state(State.under_review, Action.request_info)
    assert s is State.more_info_requested
    assert next_state(s, Action.submit) is State.submitted


@pytest.mark.parametrize("state", sorted(TERMINAL))
def test_final_states_allow_nothing(state):
    for action in Action:
        with pytest.raises(TransitionNotAllowed, match="final"):
            next_state(state, action)


def test_a_second_submit_is_refused_and_names_what_is_possible():
    with pytest.raises(TransitionNotAllowed) as err:
        next_state(State.submitted, Action.submit)
    assert "request_info" in str(err.value) and "withdraw" in str(err.value)


def test_accept_only_from_under_review():
    sources = {s for (s, a) in TRANSITIONS if a is Action.accept}
    assert sources == {State.under_review}


def test_every_open_state_can_be_withdrawn():
    for state in set(State) - TERMINAL:
        assert next_state(state, Action.withdraw) is State.withdrawn
