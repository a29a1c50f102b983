"""The review rules of a call with criteria: scores validated against them, means per criterion with N/A left
out, and the weighted total, on fixed numbers."""

import pytest

from services.applications.domain import (
    Criterion,
    State,
    criteria_problems,
    criterion_means,
    review_average,
    review_locked,
    score_problems,
    weighted_total,
)

CRITERIA = [Criterion("relevance", 2.0), Criterion("feasibility", 1.0), Criterion("impact", 1.0, na_allowed=True)]
REVIEWS = [
    {"relevance": 4, "feasibility": 3, "impact": None},
    {"relevance": 5, "feasibility": 2, "impact": 4},
    {"relevance": 3, "feasibility": 4, "impact": None},
]


def test_the_mean_of_each_criterion_leaves_not_applicable_out():
    assert criterion_means(CRITERIA, REVIEWS) == {"relevance": 4.0, "feasibility": 3.0, "impact": 4.0}


def test_the_weighted_total_weighs_each_mean():
    means = criterion_means(CRITERIA, REVIEWS)
    assert weighted_total(CRITERIA, means) == pytest.approx((2 * 4.0 + 1 * 3.0 + 1 * 4.0) / 4)  # 3.75


def test_a_criterion_no_review_scored_leaves_its_weight_out_of_the_total():
    reviews = [{"relevance": 4, "feasibility": 3, "impact": None}, {"relevance": 2, "feasibility": 5, "impact": None}]
    means = criterion_means(CRITERIA, reviews)
    assert means == {"relevance": 3.0, "feasibility": 4.0, "impact": None}
    assert weighted_total(CRITERIA, means) == pytest.approx((2 * 3.0 + 4.0) / 3)  # 3.333...


def test_no_reviews_give_no_total():
    assert weighted_total(CRITERIA, criterion_means(CRITERIA, [])) is None


def test_a_call_without_criteria_weighs_every_scored_criterion_alike():
    reviews = [{"a": 4, "b": 2}, {"a": 2}]
    means = criterion_means([], reviews)
    assert means == {"a": 3.0, "b": 2.0}
    assert weighted_total([], means) == pytest.approx(2.5)


def test_the_average_of_a_review_leaves_not_applicable_out():
    assert review_average({"relevance": 4, "feasibility": 3, "impact": None}) == 3.5
    assert review_average({"impact": None}) == 0.0


def test_scores_that_fit_the_criteria_break_no_rule():
    assert score_problems(CRITERIA, REVIEWS[0]) == []
    assert score_problems(CRITERIA, REVIEWS[1]) == []


def test_every_broken_rule_is_named_with_its_pointer():
    problems = score_problems(CRITERIA, {"relevance": None, "impact": 2, "budget": 3, "a/b": 1})
    assert [(p["rule"], p["pointer"]) for p in problems] == [
        ("na_not_allowed", "/scores/relevance"),
        ("criterion_missing", "/scores/feasibility"),
        ("unknown_criterion", "/scores/budget"),
        ("unknown_criterion", "/scores/a~1b"),
    ]


def test_a_call_without_criteria_takes_any_criterion_but_no_null():
    assert score_problems([], {"anything": 3}) == []
    assert [p["rule"] for p in score_problems([], {"anything": None})] == ["na_not_allowed"]


def test_a_criterion_is_named_once():
    assert [(p["rule"], p["pointer"]) for p in criteria_problems(["relevance", "impact", "relevance"])] == [
        ("criterion_unique", "/criteria/2/name")
    ]


@pytest.mark.parametrize(
    ("state", "locked"),
    [
        (State.submitted, False),
        (State.under_review, False),
        (State.more_info_requested, False),
        (State.accepted, True),
        (State.rejected, True),
        (State.withdrawn, True),
    ],
)
def test_reviews_change_until_the_decision(state, locked):
    assert review_locked(state) is locked
