"""What an applicant sees of its reviews is the call's policy, and never who reviewed: the rule,
and the applicant's view of an application built from a row."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from services.applications.domain import ReviewVisibility, applicant_review_fields, visibility_change_allowed
from services.applications.schemas import ApplicationRead

AT = datetime(2027, 3, 1, 9, tzinfo=UTC)
REVIEWER = "key-reviewer-7f3a"
ADMIN = "key-admin-c001"


def _row():
    transitions = [
        SimpleNamespace(from_state=None, to_state="draft", actor="key-city-a", actor_role="city", reason=None, at=AT),
        SimpleNamespace(from_state="draft", to_state="submitted", actor="key-city-a", actor_role="city", reason=None, at=AT),
        SimpleNamespace(
            from_state="submitted", to_state="under_review", actor=REVIEWER, actor_role="reviewer", reason="first review", at=AT
        ),
        SimpleNamespace(from_state="under_review", to_state="accepted", actor=ADMIN, actor_role="admin", reason="ok", at=AT),
    ]
    review = SimpleNamespace(
        id="rev-1",
        reviewer=REVIEWER,
        scores={"relevance": 4, "feasibility": 3},
        recommendation="yes",
        comment="Tight.",
        created_at=AT,
    )
    return SimpleNamespace(
        id="app-1",
        call_id="call-1",
        city_id="a",
        member_city_ids=["b"],
        pending_invitations=[],
        state="accepted",
        title="Cooler streets",
        summary="s",
        themes=["climate"],
        planned_cooperation_months=18,
        submitted_at=AT,
        decided_at=AT,
        decision_reason="ok",
        history=transitions,
        reviews=[review],
        version=5,
        created_at=AT,
        updated_at=AT,
    )


def test_each_policy_names_what_an_applicant_sees_and_none_names_the_reviewer():
    assert applicant_review_fields(ReviewVisibility.none) is None
    scores, full = applicant_review_fields(ReviewVisibility.scores), applicant_review_fields(ReviewVisibility.full)
    assert {"scores", "recommendation"} <= scores and "comment" not in scores
    assert full == scores | {"comment"}
    assert all("reviewer" not in (applicant_review_fields(v) or ()) for v in ReviewVisibility)


@pytest.mark.parametrize(
    ("visibility", "expected"),
    [
        (ReviewVisibility.none, []),
        (ReviewVisibility.scores, [({"relevance": 4, "feasibility": 3}, "yes", None)]),
        (ReviewVisibility.full, [({"relevance": 4, "feasibility": 3}, "yes", "Tight.")]),
    ],
)
def test_an_applicant_sees_what_the_policy_says_and_no_reviewer_or_admin_key(visibility, expected):
    view = ApplicationRead.seen_by(_row(), applicant=True, visibility=visibility)
    assert [(r.scores, r.recommendation, r.comment) for r in view.reviews] == expected
    text = json.dumps(view.model_dump(mode="json"))
    assert REVIEWER not in text and ADMIN not in text
    assert [h.actor for h in view.history] == ["key-city-a", "key-city-a", None, None]
    assert [h.actor_role for h in view.history] == ["city", "city", "reviewer", "admin"]


def test_reviewers_and_admins_see_everything():
    view = ApplicationRead.seen_by(_row(), applicant=False, visibility=ReviewVisibility.none)
    assert [(r.reviewer, r.comment) for r in view.reviews] == [(REVIEWER, "Tight.")]
    assert view.history[2].actor == REVIEWER


def test_a_policy_becomes_stricter_at_any_time_and_looser_only_before_the_first_review():
    for current in ReviewVisibility:
        for wanted in ReviewVisibility:
            assert visibility_change_allowed(current, wanted, reviewed=False)
    assert visibility_change_allowed(ReviewVisibility.full, ReviewVisibility.scores, reviewed=True)
    assert visibility_change_allowed(ReviewVisibility.scores, ReviewVisibility.none, reviewed=True)
    assert not visibility_change_allowed(ReviewVisibility.none, ReviewVisibility.scores, reviewed=True)
    assert not visibility_change_allowed(ReviewVisibility.scores, ReviewVisibility.full, reviewed=True)
