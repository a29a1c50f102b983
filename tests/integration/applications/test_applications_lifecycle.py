"""An application's life through the API: draft, submit, review, accept, and the ways off it."""

from sqlalchemy import select

from services.applications.models import kit
from tests.integration.applications.applicationssupport import (
    NOW,
    applications_app,
    assert_problem,
    draft_application,
    open_call,
    register_city,
)
from tests.support.service_app import caller, outbox_types


async def test_an_application_is_drafted_submitted_reviewed_and_accepted(database_url):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app, "reviewer") as reviewer:
        city, member = await register_city(admin), await register_city(admin, population=40_000)
        call = await open_call(admin)
        async with caller(app, "city", city_id=city["id"]) as c:
            r = await c.post(
                "/v1/applications",
                json={"call_id": call["id"], "city_id": city["id"], "member_city_ids": [member["id"]], "title": "Cooler streets"},
            )
            assert r.status_code == 201, r.text
            draft = r.json()
            assert r.headers["location"] == f"/v1/applications/{draft['id']}" and r.headers["etag"] == '"1"'
            assert draft["state"] == "draft" and [h["to_state"] for h in draft["history"]] == ["draft"]
            # The member city is invited, not added: it joins when its own key accepts.
            assert draft["member_city_ids"] == [] and draft["invited_city_ids"] == [member["id"]]
            async with caller(app, "city", city_id=member["id"]) as m:
                pending = (await m.get("/v1/applications/invitations", params={"state": "pending"})).json()["items"]
                assert [i["city_id"] for i in pending] == [member["id"]]
                r = await m.post(f"/v1/applications/invitations/{pending[0]['id']}:accept")
                assert r.status_code == 200 and r.json()["state"] == "accepted"
            # Not eligible yet: every broken rule at once, and nothing changes.
            body = assert_problem(await c.post(f"/v1/applications/{draft['id']}:submit"), 422)
            assert {e["rule"] for e in body["errors"]} == {"themes_match", "summary_present"}
            r = await c.patch(
                f"/v1/applications/{draft['id']}",
                json={"summary": "Exchange on urban heat.", "themes": ["climate"]},
                headers={"If-Match": '"2"'},
            )
            assert r.status_code == 200 and r.headers["etag"] == '"3"'
            assert_problem(await c.post(f"/v1/applications/{draft['id']}:submit", headers={"If-Match": '"2"'}), 412)
            r = await c.post(f"/v1/applications/{draft['id']}:submit", headers={"If-Match": '"3"'})
            assert r.status_code == 200, r.text
            assert r.json()["state"] == "submitted" and r.json()["submitted_at"] == NOW.isoformat().replace("+00:00", "Z")
            assert r.headers["etag"] == '"4"'
            assert_problem(await c.post(f"/v1/applications/{draft['id']}:submit"), 409)
            assert_problem(await c.post(f"/v1/applications/{draft['id']}:accept", json={"reason": "We like it."}), 403)

        r = await reviewer.post(
            f"/v1/applications/{draft['id']}/reviews",
            json={"scores": {"relevance": 5, "feasibility": 4}, "recommendation": "yes", "comment": "Strong fit."},
        )
        assert r.status_code == 201, r.text
        assert (r.json()["average"], r.json()["recommendation"]) == (4.5, "yes")
        again = await reviewer.post(f"/v1/applications/{draft['id']}/reviews", json={"scores": {"a": 1}, "recommendation": "no"})
        assert_problem(again, 409)
        assert_problem(await reviewer.post(f"/v1/applications/{draft['id']}:accept", json={"reason": "Fine."}), 403)
        assert_problem(await admin.post(f"/v1/applications/{draft['id']}:accept", json={}), 422)

        r = await admin.post(f"/v1/applications/{draft['id']}:accept", json={"reason": "Scores well."})
        assert r.status_code == 200, r.text
        accepted = r.json()
        assert accepted["state"] == "accepted" and accepted["decision_reason"] == "Scores well."
        assert accepted["version"] == 6 and r.headers["etag"] == '"6"'
        # The history holds the state changes and, between them, the edit (a PATCH: its state unchanged).
        assert [(h["kind"], h["to_state"]) for h in accepted["history"]] == [
            ("transition", "draft"),
            ("edit", "draft"),
            ("transition", "submitted"),
            ("transition", "under_review"),
            ("transition", "accepted"),
        ]
        assert [h["actor_role"] for h in accepted["history"]] == ["city", "city", "city", "reviewer", "admin"]
        assert [c["field"] for c in accepted["history"][1]["changes"]] == ["summary", "themes"]
        assert all(h["at"] == NOW.isoformat().replace("+00:00", "Z") for h in accepted["history"])
        assert [rv["average"] for rv in accepted["reviews"]] == [4.5]
        assert (await admin.get(f"/v1/applications/{draft['id']}")).json() == accepted

        # The refusal is stored though its request was rolled back; the review's event names no reviewer.
        assert await outbox_types(app, short=True) == [
            "city.registered",
            "city.registered",
            "application.refused",
            "application.submitted",
            "application.reviewed.v2",  # v2 names the review (and carries N/A scores as null)
            "application.accepted.v2",  # v2 carries the call's minimum cooperation (pairing needs it)
        ]
        async with app.state.sessionmaker() as s:
            events = (await s.scalars(select(kit.outbox.c.data).order_by(kit.outbox.c.seq))).all()
        refused, reviewed, event = events[2], events[4], events[5]
        assert sorted(refused["rules"]) == ["summary_present", "themes_match"] and refused["application_id"] == draft["id"]
        assert reviewed["scores"] == {"relevance": 5, "feasibility": 4} and reviewed["recommendation"] == "yes"
        assert reviewed["review_id"] == accepted["reviews"][0]["id"]
        assert "reviewer" not in reviewed and "comment" not in reviewed
        assert event["city"]["city_id"] == city["id"] and [m["city_id"] for m in event["member_cities"]] == [member["id"]]
        assert event["component"] == "city_pairing" and event["accepted_at"].startswith("2027-03-01T09:00:00")
        assert event["min_cooperation_months"] == call["min_cooperation_months"] == 18


async def test_more_information_rejection_and_withdrawal(database_url):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app, "reviewer") as reviewer:
        city = await register_city(admin)
        call = await open_call(admin)
        async with caller(app, "city", city_id=city["id"]) as c:
            first = await draft_application(c, call["id"], city["id"])
            second = await draft_application(c, call["id"], city["id"])
            assert (await c.post(f"/v1/applications/{first['id']}:submit")).status_code == 200
            r = await reviewer.post(f"/v1/applications/{first['id']}:startReview")
            assert r.status_code == 200 and r.json()["state"] == "under_review"
            assert_problem(await admin.post(f"/v1/applications/{first['id']}:accept", json={"reason": "No review yet."}), 409)
            r = await reviewer.post(f"/v1/applications/{first['id']}:requestInfo", json={"reason": "Which districts?"})
            assert r.status_code == 200 and r.json()["state"] == "more_info_requested"
            r = await c.patch(f"/v1/applications/{first['id']}", json={"summary": "The northern districts."})
            assert r.status_code == 200
            assert (await c.post(f"/v1/applications/{first['id']}:submit")).status_code == 200
            assert (await reviewer.post(f"/v1/applications/{first['id']}:startReview")).status_code == 200
            r = await admin.post(f"/v1/applications/{first['id']}:reject", json={"reason": "Out of scope."})
            assert r.status_code == 200 and r.json()["state"] == "rejected"
            assert_problem(await c.patch(f"/v1/applications/{first['id']}", json={"title": "Again"}), 409)

            r = await c.post(f"/v1/applications/{second['id']}:withdraw", json={})
            assert r.status_code == 200 and r.json()["state"] == "withdrawn"
            assert_problem(await c.post(f"/v1/applications/{second['id']}:withdraw", json={}), 409)
        assert (await outbox_types(app, short=True))[-3:] == [
            "application.submitted",
            "application.rejected",
            "application.withdrawn",
        ]


async def test_a_city_key_sees_and_touches_only_its_own_applications(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        mine, theirs = await register_city(admin), await register_city(admin)
        call = await open_call(admin)
        async with caller(app, "city", city_id=theirs["id"]) as them:
            their_app = await draft_application(them, call["id"], theirs["id"])
        async with caller(app, "city", city_id=mine["id"]) as me:
            my_app = await draft_application(me, call["id"], mine["id"])
            assert [a["id"] for a in (await me.get("/v1/applications")).json()["items"]] == [my_app["id"]]
            assert_problem(await me.get("/v1/applications", params={"city_id": theirs["id"]}), 403)
            assert_problem(await me.get(f"/v1/applications/{their_app['id']}"), 403)
            assert_problem(await me.patch(f"/v1/applications/{their_app['id']}", json={"title": "Hijacked"}), 403)
            body = {"call_id": call["id"], "city_id": theirs["id"], "title": "On their behalf"}
            assert_problem(await me.post("/v1/applications", json=body), 403)
            body = {"call_id": "nope", "city_id": mine["id"], "title": "To no call"}
            assert assert_problem(await me.post("/v1/applications", json=body), 422)["errors"][0]["pointer"] == "/call_id"
        items = (await admin.get("/v1/applications", params={"state": "draft", "call_id": call["id"]})).json()["items"]
        assert [a["id"] for a in items] == sorted([my_app["id"], their_app["id"]])
        assert (await admin.get("/v1/applications", params={"state": "submitted"})).json()["items"] == []
        assert_problem(await admin.get("/v1/applications/nope"), 404)
