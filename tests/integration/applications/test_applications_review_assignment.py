"""The coordination unit assigns a call's panel to its applications, by hand or round-robin by load; a reviewer
of a call with a panel sees and reviews only the applications it is assigned."""

from tests.integration.applications.applicationssupport import (
    CRITERIA,
    applications_app,
    assert_problem,
    open_call,
    submitted_application,
)
from tests.support.service_app import caller

PANEL = ["key-rev-a", "key-rev-b", "key-rev-c"]
SCORES = {"scores": {"relevance": 4, "feasibility": 3, "impact": 5}, "recommendation": "yes"}


async def test_an_admin_assigns_a_reviewer_of_the_panel_by_hand(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        call = await open_call(admin, criteria=CRITERIA, reviewers=PANEL)
        application = await submitted_application(app, admin, call["id"])
        url = f"/v1/applications/{application['id']}/reviewers"
        r = await admin.post(url, json={"reviewer": "key-rev-b"})
        assert r.status_code == 201, r.text
        assert r.json()["reviewer"] == "key-rev-b" and r.json()["assigned_by"] == "key-admin-x"
        assert r.headers["location"] == f"{url}/key-rev-b"
        body = assert_problem(await admin.post(url, json={"reviewer": "key-rev-b"}), 409)
        assert body["errors"][0]["rule"] == "already_assigned"
        body = assert_problem(await admin.post(url, json={"reviewer": "key-stranger"}), 422)
        assert (body["errors"][0]["rule"], body["errors"][0]["pointer"]) == ("reviewer_on_panel", "/reviewer")
        async with caller(app, "reviewer", subject="key-rev-a") as reviewer:
            assert_problem(await reviewer.post(url, json={"reviewer": "key-rev-a"}), 403)
        listed = (await admin.get(url)).json()
        assert [a["reviewer"] for a in listed["assignments"]] == ["key-rev-b"] and listed["conflicts"] == []
        panel = (await admin.get(f"/v1/calls/{call['id']}/reviewers")).json()
        assert panel["reviewers"] == [
            {"reviewer": "key-rev-a", "assigned": 0},
            {"reviewer": "key-rev-b", "assigned": 1},
            {"reviewer": "key-rev-c", "assigned": 0},
        ]
        body = assert_problem(await admin.patch(f"/v1/calls/{call['id']}", json={"reviewers": ["key-rev-a"]}), 409)
        assert body["errors"][0]["rule"] == "reviewer_has_assignments"
        assert (await admin.delete(f"{url}/key-rev-b")).status_code == 204
        assert_problem(await admin.delete(f"{url}/key-rev-b"), 404)
        r = await admin.patch(f"/v1/calls/{call['id']}", json={"reviewers": ["key-rev-a", "key-rev-d"]})
        assert r.status_code == 200, r.text
        assert [x["reviewer"] for x in (await admin.get(f"/v1/calls/{call['id']}/reviewers")).json()["reviewers"]] == [
            "key-rev-a",
            "key-rev-d",
        ]


async def test_round_robin_gives_each_application_n_reviewers_least_loaded_first(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        call = await open_call(admin, criteria=CRITERIA, reviewers=PANEL)
        apps = sorted([(await submitted_application(app, admin, call["id"]))["id"] for _ in range(3)])
        # key-rev-a already carries one application: it is picked last.
        assert (await admin.post(f"/v1/applications/{apps[0]}/reviewers", json={"reviewer": "key-rev-a"})).status_code == 201
        r = await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 2})
        assert r.status_code == 200, r.text
        assert [(a["application_id"], a["reviewer"]) for a in r.json()["assigned"]] == [
            (apps[0], "key-rev-b"),
            (apps[1], "key-rev-c"),
            (apps[1], "key-rev-a"),
            (apps[2], "key-rev-b"),
            (apps[2], "key-rev-c"),
        ]
        assert r.json()["short"] == []
        again = await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 2})
        assert again.json() == {"assigned": [], "short": []}
        more = (await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 4})).json()
        assert len(more["assigned"]) == 3 and more["short"] == [{"application_id": a, "missing": 1} for a in apps]
        loads = (await admin.get(f"/v1/calls/{call['id']}/reviewers")).json()["reviewers"]
        assert [x["assigned"] for x in loads] == [3, 3, 3]
        no_panel = await open_call(admin)
        body = assert_problem(
            await admin.post(f"/v1/calls/{no_panel['id']}:assignReviewers", json={"reviewers_per_application": 1}), 409
        )
        assert body["errors"][0]["rule"] == "call_has_panel"
        assert_problem(await admin.post(f"/v1/calls/{call['id']}:assignReviewers", json={"reviewers_per_application": 0}), 422)


async def test_a_reviewer_sees_and_reviews_only_what_it_is_assigned(database_url):
    async with (
        applications_app(database_url) as app,
        caller(app) as admin,
        caller(app, "reviewer", subject="key-rev-a") as rev_a,
        caller(app, "reviewer", subject="key-rev-b") as rev_b,
    ):
        call = await open_call(admin, criteria=CRITERIA, reviewers=PANEL)
        mine = await submitted_application(app, admin, call["id"])
        other = await submitted_application(app, admin, call["id"])
        open_call_without_panel = await open_call(admin)
        free = await submitted_application(app, admin, open_call_without_panel["id"])
        await admin.post(f"/v1/applications/{mine['id']}/reviewers", json={"reviewer": "key-rev-a"})

        listed = (await rev_a.get("/v1/applications")).json()["items"]
        assert sorted(a["id"] for a in listed) == sorted([mine["id"], free["id"]])
        assert [a["id"] for a in (await rev_a.get("/v1/applications", params={"call_id": call["id"]})).json()["items"]] == [
            mine["id"]
        ]
        assert (await rev_a.get(f"/v1/applications/{mine['id']}")).status_code == 200
        body = assert_problem(await rev_a.get(f"/v1/applications/{other['id']}"), 403)
        assert body["errors"][0]["rule"] == "assigned_reviewer"
        body = assert_problem(await rev_b.post(f"/v1/applications/{mine['id']}/reviews", json=SCORES), 403)
        assert body["errors"][0]["rule"] == "assigned_reviewer"
        assert_problem(await rev_b.post(f"/v1/applications/{mine['id']}:startReview"), 403)
        r = await rev_a.post(f"/v1/applications/{mine['id']}/reviews", json=SCORES)
        assert r.status_code == 201, r.text
        # the coordination unit sees everything, and a call without a panel is reviewed by any reviewer
        assert len((await admin.get("/v1/applications")).json()["items"]) == 3
        assert (
            await rev_b.post(f"/v1/applications/{free['id']}/reviews", json={"scores": {"x": 1}, "recommendation": "no"})
        ).status_code == 201
