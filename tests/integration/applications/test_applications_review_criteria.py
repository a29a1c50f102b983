"""A call's review criteria: given when it is opened or set until it opens, and every review validated
against them (422 naming each rule and pointer); a call without criteria keeps free scores."""

from tests.integration.applications.applicationssupport import (
    CRITERIA,
    applications_app,
    assert_problem,
    call_body,
    open_call,
    submitted_application,
)
from tests.support.service_app import caller


async def test_criteria_given_when_the_call_opens_are_read_back(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        call = await open_call(admin, criteria=CRITERIA)
        assert call["criteria"] == [
            {"name": "relevance", "description": "Fits the call's themes.", "weight": 2.0, "na_allowed": False},
            {"name": "feasibility", "description": "", "weight": 1.0, "na_allowed": False},
            {"name": "impact", "description": "", "weight": 1.0, "na_allowed": True},
        ]
        assert (await admin.get(f"/v1/calls/{call['id']}")).json()["criteria"] == call["criteria"]
        assert (await open_call(admin))["criteria"] == []
        twice = assert_problem(await admin.post("/v1/calls", json=call_body(criteria=[CRITERIA[0], CRITERIA[0]])), 422)
        assert [(e["rule"], e["pointer"]) for e in twice["errors"]] == [("criterion_unique", "/criteria/1/name")]
        assert_problem(await admin.post("/v1/calls", json=call_body(criteria=[{"name": "a_b", "weight": 0}])), 422)
        assert_problem(await admin.post("/v1/calls", json=call_body(reviewers=["key-1", "key-1"])), 422)


async def test_criteria_change_until_the_call_opens(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        later = await open_call(admin, opens_on="2027-04-01", closes_on="2027-06-30", criteria=CRITERIA)
        url = f"/v1/calls/{later['id']}"
        r = await admin.patch(url, json={"criteria": [{"name": "impact", "weight": 3}, CRITERIA[0]]}, headers={"If-Match": '"1"'})
        assert r.status_code == 200, r.text
        assert [(c["name"], c["weight"]) for c in r.json()["criteria"]] == [("impact", 3.0), ("relevance", 2.0)]
        assert r.headers["etag"] == '"2"'
        async with caller(app, "reviewer") as reviewer:
            assert_problem(await reviewer.patch(url, json={"criteria": CRITERIA}), 403)
        opened = await open_call(admin, criteria=CRITERIA)  # opened on 2027-01-01, before the clock's 2027-03-01
        body = assert_problem(await admin.patch(f"/v1/calls/{opened['id']}", json={"criteria": []}), 409)
        assert body["errors"][0]["rule"] == "criteria_fixed_once_open"
        assert_problem(await admin.patch(url, json={"criteria": None}), 422)


async def test_a_review_scores_every_criterion_and_no_other(database_url):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app, "reviewer") as reviewer:
        call = await open_call(admin, criteria=CRITERIA)
        application = await submitted_application(app, admin, call["id"])
        url = f"/v1/applications/{application['id']}/reviews"
        bad = {"relevance": None, "impact": 4, "budget": 5}
        body = assert_problem(await reviewer.post(url, json={"scores": bad, "recommendation": "yes"}), 422)
        assert [(e["rule"], e["pointer"]) for e in body["errors"]] == [
            ("na_not_allowed", "/scores/relevance"),
            ("criterion_missing", "/scores/feasibility"),
            ("unknown_criterion", "/scores/budget"),
        ]
        assert_problem(await reviewer.post(url, json={"scores": {"relevance": 6}, "recommendation": "yes"}), 422)
        good = {"relevance": 4, "feasibility": 3, "impact": None}
        r = await reviewer.post(url, json={"scores": good, "recommendation": "maybe"})
        assert r.status_code == 201, r.text
        assert r.json()["scores"] == good and r.json()["average"] == 3.5


async def test_a_call_without_criteria_keeps_free_scores(database_url):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app, "reviewer") as reviewer:
        call = await open_call(admin)
        application = await submitted_application(app, admin, call["id"])
        url = f"/v1/applications/{application['id']}/reviews"
        body = assert_problem(await reviewer.post(url, json={"scores": {"anything": None}, "recommendation": "no"}), 422)
        assert body["errors"][0]["rule"] == "na_not_allowed"
        r = await reviewer.post(url, json={"scores": {"anything": 2, "else": 4}, "recommendation": "no"})
        assert r.status_code == 201 and r.json()["average"] == 3.0
