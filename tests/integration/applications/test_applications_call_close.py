"""The coordination unit closes an open call early: closes_on becomes today and nothing is submitted to it from
then on; a call that has not opened, or is closed, is not closed again (409)."""

from sqlalchemy import select

from services.applications.models import kit
from tests.integration.applications.applicationssupport import (
    applications_app,
    assert_problem,
    draft_application,
    open_call,
    register_city,
)
from tests.support.service_app import caller


async def test_a_call_closed_early_takes_no_more_submissions(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        city = await register_city(admin)
        call = await open_call(admin)  # open from 2027-01-01 to 2027-06-30; the clock is at 2027-03-01 09:00
        async with caller(app, "city", city_id=city["id"]) as applicant:
            before = await draft_application(applicant, call["id"], city["id"])
            assert (await applicant.post(f"/v1/applications/{before['id']}:submit")).status_code == 200
            late = await draft_application(applicant, call["id"], city["id"])
            assert_problem(await applicant.post(f"/v1/calls/{call['id']}:close", json={}), 403)

            url = f"/v1/calls/{call['id']}:close"
            assert_problem(await admin.post(url, json={"reason": "x"}, headers={"If-Match": '"7"'}), 412)
            r = await admin.post(url, json={"reason": "Budget spent."}, headers={"If-Match": '"1"'})
            assert r.status_code == 200, r.text
            closed = r.json()
            assert (closed["closes_on"], closed["close_reason"]) == ("2027-03-01", "Budget spent.")
            assert closed["closed_at"] == "2027-03-01T09:00:00Z" and r.headers["etag"] == '"2"'
            assert (await admin.get(f"/v1/calls/{call['id']}")).json() == closed

            # The same day already: the call is closed.
            body = assert_problem(await applicant.post(f"/v1/applications/{late['id']}:submit"), 422)
            assert [e["rule"] for e in body["errors"]] == ["call_open"]
            assert (await applicant.get(f"/v1/applications/{late['id']}")).json()["state"] == "draft"
            assert (await applicant.get(f"/v1/applications/{before['id']}")).json()["state"] == "submitted"

        again = assert_problem(await admin.post(url, json={}), 409)
        assert [e["rule"] for e in again["errors"]] == ["call_closed"]
        assert (
            assert_problem(await admin.patch(f"/v1/calls/{call['id']}", json={"title": "Reopened"}), 409)["errors"][0]["rule"]
            == "call_open"
        )
        async with app.state.sessionmaker() as s:
            rows = (await s.execute(select(kit.outbox.c.type, kit.outbox.c.data).order_by(kit.outbox.c.seq))).all()
        [event] = [d for t, d in rows if t == "iuc.applications.call.closed.v1"]
        assert event == {
            "call_id": call["id"],
            "component": "city_pairing",
            "closes_on": "2027-03-01",
            "reason": "Budget spent.",
            "closed_at": "2027-03-01T09:00:00Z",
        }


async def test_only_an_open_call_is_closed_early(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        upcoming = await open_call(admin, opens_on="2027-04-01", closes_on="2027-06-30")
        body = assert_problem(await admin.post(f"/v1/calls/{upcoming['id']}:close", json={}), 409)
        assert [e["rule"] for e in body["errors"]] == ["call_not_open"]
        past = await open_call(admin, opens_on="2026-09-01", closes_on="2027-02-28")
        body = assert_problem(await admin.post(f"/v1/calls/{past['id']}:close", json={}), 409)
        assert [e["rule"] for e in body["errors"]] == ["call_closed"]
        assert (await admin.get(f"/v1/calls/{past['id']}")).json() == past
        assert_problem(await admin.post("/v1/calls/nope:close", json={}), 404)
        assert_problem(await admin.post(f"/v1/calls/{upcoming['id']}:close", json={"reason": "x" * 5_001}), 422)
        # Closed without a reason.
        open_now = await open_call(admin)
        r = await admin.post(f"/v1/calls/{open_now['id']}:close", json={})
        assert r.status_code == 200 and r.json()["close_reason"] is None and r.json()["closes_on"] == "2027-03-01"
