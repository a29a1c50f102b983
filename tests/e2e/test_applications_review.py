"""Review as the programme runs it, through the gateway: a call with weighted criteria and a panel of reviewer
keys, round-robin assignment, a conflict of interest, a review with N/A edited before the decision, and the
decision showing the weighted score per criterion."""

from tests.support.journey import draft_application, open_call, register_city, submit
from tests.support.platform import client, create_client, create_key
from tests.support.streams import wait_for_events

CRITERIA = [
    {"name": "relevance", "description": "Fits the call's themes.", "weight": 2},
    {"name": "feasibility", "weight": 1},
    {"name": "impact", "weight": 1, "na_allowed": True},
]


async def test_a_panel_reviews_by_criteria_and_the_decision_shows_the_weighted_scores(stack, admin, open_call_body):
    keys = sorted(create_client(stack, "reviewer") for _ in range(3))  # (key id, key), by id: the round-robin's tie-break
    (first_id, first_key), (second_id, second_key), (third_id, third_key) = keys
    call = await open_call(admin, open_call_body | {"criteria": CRITERIA, "reviewers": [k for k, _ in keys]})
    assert [c["name"] for c in call["criteria"]] == ["relevance", "feasibility", "impact"]
    city = await register_city(admin)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as applicant:
        application = await draft_application(applicant, call["id"], city["id"])
        assert (await submit(applicant, application["id"])).status_code == 200
    base = f"/v1/applications/{application['id']}"

    r = await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 2})
    assert r.status_code == 200, r.text
    assert [a["reviewer"] for a in r.json()["assigned"]] == [first_id, second_id]

    async with client(stack, first_key) as first, client(stack, second_key) as second, client(stack, third_key) as third:
        # the third is not assigned: it neither sees nor reviews the application
        r = await third.get(base)
        assert r.status_code == 403 and r.json()["errors"][0]["rule"] == "assigned_reviewer"
        assert application["id"] not in [a["id"] for a in (await third.get("/v1/applications")).json()["items"]]

        r = await first.post(f"{base}:declareConflict", json={"reason": "I advised the city last year."})
        assert r.status_code == 200, r.text
        r = await first.post(
            f"{base}/reviews", json={"scores": {"relevance": 5, "feasibility": 5, "impact": 5}, "recommendation": "yes"}
        )
        assert r.status_code == 403 and r.json()["errors"][0]["rule"] == "conflict_of_interest"
        r = await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 2})
        assert [a["reviewer"] for a in r.json()["assigned"]] == [third_id]

        r = await second.post(f"{base}/reviews", json={"scores": {"relevance": 4, "budget": 3}, "recommendation": "yes"})
        assert r.status_code == 422
        assert {(e["rule"], e["pointer"]) for e in r.json()["errors"]} == {
            ("criterion_missing", "/scores/feasibility"),
            ("criterion_missing", "/scores/impact"),
            ("unknown_criterion", "/scores/budget"),
        }
        r = await second.post(
            f"{base}/reviews", json={"scores": {"relevance": 3, "feasibility": 2, "impact": None}, "recommendation": "maybe"}
        )
        assert r.status_code == 201, r.text
        review_id = r.json()["id"]
        edited = {"scores": {"relevance": 4, "feasibility": 3, "impact": None}, "recommendation": "yes", "comment": "Revised."}
        r = await second.put(f"{base}/reviews/{review_id}", json=edited)
        assert r.status_code == 200, r.text
        r = await third.post(
            f"{base}/reviews", json={"scores": {"relevance": 5, "feasibility": 2, "impact": 4}, "recommendation": "yes"}
        )
        assert r.status_code == 201, r.text

        summary = (await admin.get(f"{base}/review-summary")).json()
        assert [(c["name"], c["mean"]) for c in summary["criteria"]] == [
            ("relevance", 4.5),
            ("feasibility", 2.5),
            ("impact", 4.0),
        ]
        assert summary["weighted_total"] == 3.875  # (2 * 4.5 + 2.5 + 4.0) / 4

        r = await admin.post(f"{base}:accept", json={"reason": "Relevant and feasible."})
        assert r.status_code == 200, r.text
        assert r.json()["review_summary"] == summary
        r = await second.put(f"{base}/reviews/{review_id}", json=edited)
        assert r.status_code == 409 and r.json()["errors"][0]["rule"] == "edit_before_decision"

    reviewers = (await admin.get(f"{base}/reviewers")).json()
    assert [c["reviewer"] for c in reviewers["conflicts"]] == [first_id]
    assert sorted(a["reviewer"] for a in reviewers["assignments"]) == [second_id, third_id]
    events = await wait_for_events(
        stack.nats.url, "iuc.applications.application.reviewed", lambda e: e.subject == application["id"], expected=2
    )
    # v2 carries a criterion scored N/A as null, and names the review (never the reviewer)
    assert sorted((e.data["scores"]["impact"] is None, e.type) for e in events) == [
        (False, "iuc.applications.application.reviewed.v2"),
        (True, "iuc.applications.application.reviewed.v2"),
    ]
    assert all(e.data["review_id"] and "reviewer" not in e.data for e in events)
    # the edit of the first review went out as review.updated
    edits = await wait_for_events(
        stack.nats.url, "iuc.applications.review.updated", lambda e: e.data["application_id"] == application["id"], expected=1
    )
    assert edits[0].data["recommendation"] == "yes"
