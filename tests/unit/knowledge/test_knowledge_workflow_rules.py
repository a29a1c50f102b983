"""The editorial workflow and the review rules, without a database."""

from __future__ import annotations

import pytest

from services.knowledge.domain import (
    ADMIN_ONLY,
    PracticeKind,
    PracticeText,
    State,
    TransitionNotAllowed,
    Verb,
    next_state,
    review_violations,
)


def test_a_practice_goes_draft_pending_published_archived():
    assert next_state(State.draft, Verb.submit) == State.pending
    assert next_state(State.pending, Verb.publish) == State.published
    assert next_state(State.published, Verb.archive) == State.archived
    assert next_state(State.pending, Verb.send_back) == State.draft


@pytest.mark.parametrize(
    ("state", "verb"),
    [
        (State.draft, Verb.publish),
        (State.draft, Verb.archive),
        (State.pending, Verb.submit),
        (State.published, Verb.publish),
        (State.archived, Verb.publish),
    ],
)
def test_other_moves_are_refused_with_what_is_possible(state, verb):
    with pytest.raises(TransitionNotAllowed) as caught:
        next_state(state, verb)
    assert state.value in str(caught.value)


def test_editorial_decisions_belong_to_the_coordination_unit():
    assert {Verb.publish, Verb.archive, Verb.send_back} == ADMIN_ONLY
    assert Verb.submit not in ADMIN_ONLY


def _text(**kw) -> PracticeText:
    base = dict(
        kind=PracticeKind.good_practice,
        title="t",
        summary="s",
        challenge="c",
        solution="so",
        results="r",
        lessons_learnt="",
        themes=("mobility",),
        locations=1,
    )
    return PracticeText(**base | kw)


def test_a_complete_good_practice_breaks_no_rule():
    assert review_violations(_text()) == []


def test_every_gap_is_listed_with_its_rule_and_pointer():
    found = review_violations(_text(summary=" ", solution="", results="", themes=(), locations=0))
    assert [(v.rule, v.pointer) for v in found] == [
        ("summary_present", "/summary"),
        ("solution_present", "/solution"),
        ("results_present", "/results"),
        ("theme_present", "/themes"),
        ("location_present", "/locations"),
    ]


def test_lessons_learnt_need_lessons_not_a_solution():
    lessons = _text(kind=PracticeKind.lessons_learnt, challenge="", solution="", results="")
    assert [v.rule for v in review_violations(lessons)] == ["lessons_present"]
    assert review_violations(_text(kind=PracticeKind.lessons_learnt, lessons_learnt="Start small.")) == []
