"""A group application names another city only with its consent: the lead's key invites, the
invited city's own key accepts or declines; a member leaves but removes nobody; admins add directly."""

from tests.integration.applications.applicationssupport import (
    applications_app,
    assert_problem,
    draft_application,
    open_call,
    register_city,
)
from tests.support.service_app import caller


async def test_a_member_joins_only_by_accepting_and_removes_nobody(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        a, b, c, d = [await register_city(admin) for _ in range(4)]
        call = await open_call(admin)
        async with (
            caller(app, "city", city_id=a["id"]) as lead,
            caller(app, "city", city_id=b["id"]) as member,
            caller(app, "city", city_id=c["id"]) as outsider,
        ):
            draft = await draft_application(lead, call["id"], a["id"], member_city_ids=[b["id"]])
            assert draft["member_city_ids"] == [] and draft["invited_city_ids"] == [b["id"]]
            url = f"/v1/applications/{draft['id']}"
            assert (await member.get(url)).status_code == 200  # it reads what it is asked to join
            assert_problem(await outsider.get(url), 403)

            mine = (await member.get("/v1/applications/invitations", params={"state": "pending"})).json()["items"]
            theirs = (await lead.get("/v1/applications/invitations")).json()["items"]
            assert [i["id"] for i in mine] == [i["id"] for i in theirs] and len(mine) == 1
            assert (await outsider.get("/v1/applications/invitations")).json()["items"] == []
            invitation = mine[0]
            assert (invitation["city_id"], invitation["invited_by_city_id"]) == (b["id"], a["id"])
            assert_problem(await outsider.post(f"/v1/applications/invitations/{invitation['id']}:accept"), 404)
            assert_problem(await lead.post(f"/v1/applications/invitations/{invitation['id']}:accept"), 403)
            assert_problem(await admin.post(f"/v1/applications/invitations/{invitation['id']}:accept"), 403)
            assert_problem(await lead.post(f"{url}/invitations", json={"city_id": b["id"]}), 409)  # already invited

            r = await member.post(f"/v1/applications/invitations/{invitation['id']}:accept", headers={"If-Match": '"1"'})
            assert r.status_code == 200 and r.json()["state"] == "accepted" and r.headers["etag"] == '"2"'
            assert_problem(await member.post(f"/v1/applications/invitations/{invitation['id']}:decline"), 409)
            joined = (await lead.get(url)).json()
            assert joined["member_city_ids"] == [b["id"]] and joined["invited_city_ids"] == []

            # The member neither edits, nor removes the lead, nor invites; it may leave.
            assert_problem(await member.patch(url, json={"member_city_ids": []}), 403)
            assert_problem(await member.post(f"{url}/invitations", json={"city_id": d["id"]}), 403)
            assert_problem(await lead.post(f"{url}:leave"), 403)
            left = await member.post(f"{url}:leave")
            assert left.status_code == 200 and left.json()["member_city_ids"] == []

            # The lead invites again, then withdraws; a withdrawn invitation cannot be accepted.
            r = await lead.post(f"{url}/invitations", json={"city_id": c["id"]})
            assert r.status_code == 201 and r.headers["location"] == f"/v1/applications/invitations/{r.json()['id']}"
            assert_problem(await member.post(f"/v1/applications/invitations/{r.json()['id']}:withdraw"), 404)
            assert (await lead.post(f"/v1/applications/invitations/{r.json()['id']}:withdraw")).json()["state"] == "withdrawn"
            assert_problem(await outsider.post(f"/v1/applications/invitations/{r.json()['id']}:accept"), 409)
            assert_problem(await lead.post(f"{url}/invitations", json={"city_id": "no-such-city"}), 422)

            # The coordination unit adds directly (it acts for the programme).
            r = await admin.patch(url, json={"member_city_ids": [d["id"]]})
            assert r.status_code == 200 and r.json()["member_city_ids"] == [d["id"]]
            # The lead removes a member.
            r = await lead.patch(url, json={"member_city_ids": []})
            assert r.status_code == 200 and r.json()["member_city_ids"] == []


async def test_a_member_cannot_leave_once_the_application_is_submitted(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        a, b = await register_city(admin), await register_city(admin)
        call = await open_call(admin)
        async with caller(app, "city", city_id=a["id"]) as lead, caller(app, "city", city_id=b["id"]) as member:
            draft = await draft_application(lead, call["id"], a["id"], member_city_ids=[b["id"]])
            invitation = (await member.get("/v1/applications/invitations")).json()["items"][0]
            assert (await member.post(f"/v1/applications/invitations/{invitation['id']}:accept")).status_code == 200
            assert (await lead.post(f"/v1/applications/{draft['id']}:submit")).status_code == 200
            assert_problem(await member.post(f"/v1/applications/{draft['id']}:leave"), 409)
