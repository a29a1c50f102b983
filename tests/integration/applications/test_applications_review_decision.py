"""A reviewer edits its own review until the decision; the decision and the review summary show the weighted
score per criterion (means with N/A left out, total = sum(weight * mean) / sum(weights with a mean))."""

from tests.integration.applications.applicationssupport import (
    CRITERIA,
    applications_app,
    assert_problem,
    open_call,
    submitted_application,
)
from tests.support.service_app import caller

PANEL = ["key-rev-a", "key-rev-b"]


async def test_a_review_is_edited_by_its_reviewer_until_the_decision(database_url):
    async with (
        applications_app(database_url) as app,
        caller(app) as admin,
        caller(app, "reviewer", subject="key-rev-a") as rev_a,
        caller(app, "reviewer", subject="key-rev-b") as rev_b,
    ):
        call = await open_call(admin, criteria=CRITERIA, reviewers=PANEL)
        application = await submitted_application(app, admin, call["id"])
        base = f"/v1/applications/{application['id']}"
        await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 2})
        first = {"scores": {"relevance": 2, "feasibility": 3, "impact": None}, "recommendation": "no"}
        review = (await rev_a.post(f"{base}/reviews", json=first)).json()
        assert_problem(await rev_a.post(f"{base}/reviews", json=first), 409)
        version = (await rev_a.get(base)).headers["etag"]

        edited = {"scores": {"relevance": 4, "feasibility": 3, "impact": 5}, "recommendation": "yes", "comment": "Better."}
        r = await rev_a.put(f"{base}/reviews/{review['id']}", json=edited, headers={"If-Match": version})
        assert r.status_code == 200, r.text
        assert r.json()["scores"] == edited["scores"] and r.json()["comment"] == "Better." and r.json()["updated_at"]
        assert_problem(await rev_a.put(f"{base}/reviews/{review['id']}", json=edited, headers={"If-Match": version}), 412)
        bad = assert_problem(
            await rev_a.put(f"{base}/reviews/{review['id']}", json={"scores": {"relevance": 4}, "recommendation": "yes"}), 422
        )
        assert {e["rule"] for e in bad["errors"]} == {"criterion_missing"}
        other = assert_problem(await rev_b.put(f"{base}/reviews/{review['id']}", json=edited), 403)
        assert other["errors"][0]["rule"] == "own_review"
        assert_problem(await rev_a.put(f"{base}/reviews/no-such-review", json=edited), 404)

        assert (await admin.post(f"{base}:accept", json={"reason": "Strong on relevance."})).status_code == 200
        late = assert_problem(await rev_a.put(f"{base}/reviews/{review['id']}", json=first), 409)
        assert late["errors"][0]["rule"] == "edit_before_decision"
        assert (await rev_a.get(base)).json()["reviews"][0]["scores"] == edited["scores"]


async def test_the_decision_shows_the_weighted_score_per_criterion(database_url):
    async with (
        applications_app(database_url) as app,
        caller(app) as admin,
        caller(app, "reviewer", subject="key-rev-a") as rev_a,
        caller(app, "reviewer", subject="key-rev-b") as rev_b,
    ):
        call = await open_call(admin, criteria=CRITERIA, reviewers=PANEL, review_visibility="scores")
        application = await submitted_application(app, admin, call["id"])
        base = f"/v1/applications/{application['id']}"
        await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 2})
        a = {"scores": {"relevance": 4, "feasibility": 3, "impact": None}, "recommendation": "yes"}
        b = {"scores": {"relevance": 5, "feasibility": 2, "impact": 4}, "recommendation": "maybe"}
        assert (await rev_a.post(f"{base}/reviews", json=a)).status_code == 201
        assert (await rev_b.post(f"{base}/reviews", json=b)).status_code == 201

        expected = {
            "application_id": application["id"],
            "reviews": 2,
            "criteria": [
                {"name": "relevance", "weight": 2.0, "mean": 4.5, "scored": 2, "not_applicable": 0},
                {"name": "feasibility", "weight": 1.0, "mean": 2.5, "scored": 2, "not_applicable": 0},
                {"name": "impact", "weight": 1.0, "mean": 4.0, "scored": 1, "not_applicable": 1},
            ],
            "weighted_total": 3.875,  # (2 * 4.5 + 2.5 + 4.0) / 4
            "recommendations": {"yes": 1, "maybe": 1, "no": 0},
        }
        assert (await rev_a.get(f"{base}/review-summary")).json() == expected
        before = (await admin.get(base)).json()
        assert before["review_summary"] is None
        r = await admin.post(f"{base}:reject", json={"reason": "Feasibility is weak."})
        assert r.status_code == 200, r.text
        assert r.json()["review_summary"] == expected
        assert (await admin.get(f"{base}/review-summary")).json() == expected
        async with caller(app, "city", city_id=application["city_id"]) as applicant:
            assert (await applicant.get(base)).json()["review_summary"] == expected  # review_visibility scores
            assert_problem(await applicant.get(f"{base}/review-summary"), 403)
        async with caller(app, "reviewer", subject="key-rev-c") as outsider:
            assert_problem(await outsider.get(f"{base}/review-summary"), 403)


async def test_an_applicant_sees_no_summary_under_visibility_none_and_older_calls_summarise_alike(database_url):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app, "reviewer") as reviewer:
        call = await open_call(admin)
        application = await submitted_application(app, admin, call["id"])
        base = f"/v1/applications/{application['id']}"
        await reviewer.post(f"{base}/reviews", json={"scores": {"a": 4, "b": 1}, "recommendation": "yes"})
        r = await admin.post(f"{base}:accept", json={"reason": "Fine."})
        summary = r.json()["review_summary"]
        assert [(c["name"], c["weight"], c["mean"]) for c in summary["criteria"]] == [("a", 1.0, 4.0), ("b", 1.0, 1.0)]
        assert summary["weighted_total"] == 2.5
        async with caller(app, "city", city_id=application["city_id"]) as applicant:
            assert (await applicant.get(base)).json()["review_summary"] is None
