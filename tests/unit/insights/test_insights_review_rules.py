"""Reviews in the figures from v2 on: the same counts as v1 (a criterion scored N/A counts in no score), and an
edited review (review.updated) replaces its scores and recommendation."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime

from services.insights.domain import Known, mean_by
from services.insights.rules import apply
from shared.contracts import applications as apps

D1, D2 = date(2026, 11, 2), date(2026, 11, 20)
AT = datetime(2026, 11, 2, 9, tzinfo=UTC)


def run(known: Known, *steps: tuple[date, object]) -> dict[tuple[str, str], float]:
    net: dict[tuple[str, str], float] = defaultdict(float)
    for day, payload in steps:
        for c in apply(day, payload.event_type(), payload, known):
            net[(c.metric, c.key)] += c.delta
    return {k: v for k, v in net.items() if v and k[0] != "events.received"}


def reviewed(review_id: str, scores: dict[str, int | None], recommendation: str) -> apps.ApplicationReviewedV2:
    return apps.ApplicationReviewedV2(
        application_id="a1",
        call_id="c1",
        city_id="sev",
        review_id=review_id,
        scores=scores,
        recommendation=recommendation,
        reviewed_at=AT,
    )


def updated(review_id: str, scores: dict[str, int | None], recommendation: str) -> apps.ReviewUpdated:
    return apps.ReviewUpdated(
        review_id=review_id,
        application_id="a1",
        call_id="c1",
        city_id="sev",
        scores=scores,
        recommendation=recommendation,
        updated_at=AT,
    )


def scores(net: dict) -> dict[str, float]:
    totals = [(json.loads(key), v) for (metric, key), v in net.items() if metric == "applications.review_scores"]
    return mean_by(totals, "criterion", "score")


def recommendations(net: dict) -> dict[str, float]:
    return {json.loads(k)["recommendation"]: v for (m, k), v in net.items() if m == "applications.reviews"}


def test_a_v2_review_counts_like_a_v1_one_and_na_counts_in_no_score():
    known = Known()
    net = run(known, (D1, reviewed("r1", {"relevance": 4, "impact": None}, "yes")), (D1, reviewed("r2", {"relevance": 2}, "no")))
    assert scores(net) == {"relevance": 3.0}
    assert recommendations(net) == {"yes": 1, "no": 1}
    assert known.get("review", "r1")["scores"] == {"relevance": 4, "impact": None}


def test_an_edited_review_replaces_its_scores_and_recommendation():
    known = Known()
    net = run(
        known,
        (D1, reviewed("r1", {"relevance": 4, "impact": None}, "maybe")),
        (D1, reviewed("r2", {"relevance": 2, "impact": 2}, "no")),
        (D2, updated("r1", {"relevance": 5, "impact": 3}, "yes")),
    )
    # relevance (5 + 2) / 2, impact (3 + 2) / 2: the first scores of r1 are gone
    assert scores(net) == {"impact": 2.5, "relevance": 3.5}
    assert recommendations(net) == {"yes": 1, "no": 1}
    net = run(known, (D2, updated("r1", {"relevance": 1, "impact": None}, "no")))
    assert recommendations(net) == {"yes": -1, "no": 1}
    assert known.get("review", "r1")["recommendation"] == "no"


def test_an_edit_of_a_review_known_only_from_v1_changes_nothing():
    known = Known()
    v1 = apps.ApplicationReviewed(
        application_id="a1", call_id="c1", city_id="sev", scores={"relevance": 4}, recommendation="yes", reviewed_at=AT
    )
    run(known, (D1, v1))
    assert run(known, (D2, updated("r-old", {"relevance": 1}, "no"))) == {}
    assert known.get("review", "r-old") is None
