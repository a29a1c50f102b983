"""An applicant reading its application (one or a page) sees its reviews as the call's
review_visibility says, and never a reviewer's key; reviewers and admins see everything."""

import json

import pytest

from tests.integration.applications.applicationssupport import (
    applications_app,
    assert_problem,
    draft_application,
    open_call,
    register_city,
)
from tests.support.service_app import caller

REVIEWER = "key-reviewer-secret-7f3a"


@pytest.mark.parametrize("visibility", ["none", "scores", "full"])
async def test_the_applicant_sees_what_the_call_allows(database_url, visibility):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app, "reviewer", subject=REVIEWER) as reviewer:
        city = await register_city(admin)
        call = await open_call(admin, review_visibility=visibility)
        assert call["review_visibility"] == visibility
        async with caller(app, "city", city_id=city["id"]) as applicant:
            draft = await draft_application(applicant, call["id"], city["id"])
            assert (await applicant.post(f"/v1/applications/{draft['id']}:submit")).status_code == 200
            r = await reviewer.post(
                f"/v1/applications/{draft['id']}/reviews",
                json={"scores": {"relevance": 4}, "recommendation": "maybe", "comment": "Budget is thin."},
            )
            assert r.status_code == 201 and r.json()["reviewer"] == REVIEWER
            one = await applicant.get(f"/v1/applications/{draft['id']}")
            page = await applicant.get("/v1/applications")
        for body in (one.json(), page.json()["items"][0]):
            assert REVIEWER not in json.dumps(body)
            reviews = [(rv["scores"], rv["recommendation"], rv["comment"], rv["reviewer"]) for rv in body["reviews"]]
            assert (
                reviews
                == {
                    "none": [],
                    "scores": [({"relevance": 4}, "maybe", None, None)],
                    "full": [({"relevance": 4}, "maybe", "Budget is thin.", None)],
                }[visibility]
            )
        seen_by_admin = (await admin.get(f"/v1/applications/{draft['id']}")).json()
        assert [rv["reviewer"] for rv in seen_by_admin["reviews"]] == [REVIEWER]
        assert REVIEWER in [h["actor"] for h in seen_by_admin["history"]]


async def test_the_policy_defaults_to_none_and_loosens_only_before_the_first_review(database_url):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app, "reviewer") as reviewer:
        city = await register_city(admin)
        call = await open_call(admin)
        assert call["review_visibility"] == "none"
        url = f"/v1/calls/{call['id']}"
        r = await admin.patch(url, json={"review_visibility": "full"}, headers={"If-Match": '"1"'})
        assert r.status_code == 200 and r.json()["review_visibility"] == "full" and r.headers["etag"] == '"2"'
        assert_problem(await admin.patch(url, json={"review_visibility": "none"}, headers={"If-Match": '"1"'}), 412)
        async with caller(app, "city", city_id=city["id"]) as applicant:
            assert_problem(await applicant.patch(url, json={"review_visibility": "none"}), 403)
            draft = await draft_application(applicant, call["id"], city["id"])
            assert (await applicant.post(f"/v1/applications/{draft['id']}:submit")).status_code == 200
        r = await reviewer.post(f"/v1/applications/{draft['id']}/reviews", json={"scores": {"a": 3}, "recommendation": "yes"})
        assert r.status_code == 201
        assert (await admin.patch(url, json={"review_visibility": "scores"})).json()["review_visibility"] == "scores"
        body = assert_problem(await admin.patch(url, json={"review_visibility": "full"}), 409)
        assert body["errors"][0]["rule"] == "visibility_loosened"
        assert_problem(await admin.patch(url, json={"review_visibility": "everything"}), 422)
