"""A reviewer declares a conflict of interest with an application it is assigned: it is unassigned, the
conflict is recorded, and it neither reviews the application nor is assigned it again."""

from tests.integration.applications.applicationssupport import (
    CRITERIA,
    applications_app,
    assert_problem,
    open_call,
    submitted_application,
)
from tests.support.service_app import caller

PANEL = ["key-rev-a", "key-rev-b"]
SCORES = {"scores": {"relevance": 4, "feasibility": 3, "impact": None}, "recommendation": "yes"}


async def test_a_conflict_of_interest_unassigns_and_bars_the_reviewer(database_url):
    async with (
        applications_app(database_url) as app,
        caller(app) as admin,
        caller(app, "reviewer", subject="key-rev-a") as rev_a,
        caller(app, "reviewer", subject="key-rev-b") as rev_b,
    ):
        call = await open_call(admin, criteria=CRITERIA, reviewers=PANEL)
        application = await submitted_application(app, admin, call["id"])
        base = f"/v1/applications/{application['id']}"
        body = assert_problem(await rev_a.post(f"{base}:declareConflict", json={}), 403)
        assert body["errors"][0]["rule"] == "assigned_reviewer"
        assert (await admin.post(f"{base}/reviewers", json={"reviewer": "key-rev-a"})).status_code == 201

        r = await rev_a.post(f"{base}:declareConflict", json={"reason": "My sister runs the project."})
        assert r.status_code == 200, r.text
        assert r.json()["reviewer"] == "key-rev-a" and r.json()["reason"] == "My sister runs the project."

        reviewers = (await admin.get(f"{base}/reviewers")).json()
        assert reviewers["assignments"] == []
        assert [(c["reviewer"], c["reason"]) for c in reviewers["conflicts"]] == [("key-rev-a", "My sister runs the project.")]
        for r in (
            await rev_a.post(f"{base}/reviews", json=SCORES),
            await rev_a.get(base),
            await rev_a.post(f"{base}:declareConflict", json={}),
        ):
            assert assert_problem(r, 403)["errors"][0]["rule"] == "conflict_of_interest"
        assert application["id"] not in [a["id"] for a in (await rev_a.get("/v1/applications")).json()["items"]]
        body = assert_problem(await admin.post(f"{base}/reviewers", json={"reviewer": "key-rev-a"}), 409)
        assert (body["errors"][0]["rule"], body["errors"][0]["pointer"]) == ("conflict_of_interest", "/reviewer")

        r = await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 2})
        assert [a["reviewer"] for a in r.json()["assigned"]] == ["key-rev-b"]
        assert r.json()["short"] == [{"application_id": application["id"], "missing": 1}]
        assert (await rev_b.post(f"{base}/reviews", json=SCORES)).status_code == 201
        body = assert_problem(await rev_b.post(f"{base}:declareConflict", json={}), 409)
        assert body["errors"][0]["rule"] == "conflict_before_review"
