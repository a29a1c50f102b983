"""A call is edited until it opens (PATCH with If-Match): its terms by the rules of a new call; once it has opened
only its review visibility and panel change, and closing it early (409 call_open for the rest)."""

from sqlalchemy import select

from services.applications.models import kit
from tests.integration.applications.applicationssupport import CRITERIA, applications_app, assert_problem, open_call
from tests.support.service_app import caller, outbox_types

# The clock stands at 2027-03-01: this call opens later.
UPCOMING = {"opens_on": "2027-04-01", "closes_on": "2027-06-30"}


async def _events(app, kind: str) -> list[dict]:
    async with app.state.sessionmaker() as s:
        rows = (await s.execute(select(kit.outbox.c.type, kit.outbox.c.data).order_by(kit.outbox.c.seq))).all()
    return [data for t, data in rows if t == kind]


async def test_an_upcoming_call_changes_its_terms_and_says_which(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        call = await open_call(admin, **UPCOMING)
        url = f"/v1/calls/{call['id']}"
        edit = {
            "title": "City pairing 2027, second round",
            "description": "Heat and mobility.",
            "opens_on": "2027-05-01",
            "closes_on": "2027-08-31",
            "eligible_regions": ["eu", "asia"],
            "population_threshold": 50_000,
            "min_cooperation_months": 24,
            "themes": ["heat"],
            "review_visibility": "scores",
            "criteria": CRITERIA,
        }
        r = await admin.patch(url, json=edit, headers={"If-Match": '"1"'})
        assert r.status_code == 200, r.text
        got = r.json()
        assert r.headers["etag"] == '"2"' and got["version"] == 2
        assert {k: got[k] for k in edit if k != "criteria"} == {k: v for k, v in edit.items() if k != "criteria"}
        assert [c["name"] for c in got["criteria"]] == ["relevance", "feasibility", "impact"]
        assert (await admin.get(url)).json() == got
        assert_problem(await admin.patch(url, json={"title": "Stale"}, headers={"If-Match": '"1"'}), 412)

        [event] = await _events(app, "iuc.applications.call.updated.v1")
        assert event["call_id"] == call["id"] and event["component"] == "city_pairing"
        assert event["changed"] == [
            "title",
            "description",
            "opens_on",
            "closes_on",
            "eligible_regions",
            "population_threshold",
            "min_cooperation_months",
            "themes",
            "criteria",
            "review_visibility",
        ]
        # The same values again change nothing: no new version, no event.
        r = await admin.patch(url, json={"title": edit["title"], "themes": ["heat"]})
        assert r.status_code == 200 and r.headers["etag"] == '"2"'
        assert len(await _events(app, "iuc.applications.call.updated.v1")) == 1


async def test_the_edited_dates_and_months_keep_the_rules_of_a_new_call(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        call = await open_call(admin, **UPCOMING)
        url = f"/v1/calls/{call['id']}"
        # against the stored opens_on
        body = assert_problem(await admin.patch(url, json={"closes_on": "2027-03-31"}), 422)
        assert [(e["rule"], e["pointer"]) for e in body["errors"]] == [("date_order", "/closes_on")]
        body = assert_problem(await admin.patch(url, json={"opens_on": "2027-07-01"}), 422)
        assert body["errors"][0]["rule"] == "date_order"
        # both in the body: the schema's rule, as when a call is opened
        body = assert_problem(await admin.patch(url, json={"opens_on": "2027-07-01", "closes_on": "2027-06-01"}), 422)
        assert body["errors"][0]["code"] == "date_order"
        body = assert_problem(await admin.patch(url, json={"min_cooperation_months": 17}), 422)
        assert [(e["rule"], e["pointer"]) for e in body["errors"]] == [("min_cooperation_months", "/min_cooperation_months")]
        for field in ("title", "opens_on", "themes", "population_threshold"):
            assert_problem(await admin.patch(url, json={field: None}), 422)
        assert_problem(await admin.patch(url, json={"component": "covenant"}), 422)
        assert_problem(await admin.patch(url, json={"population_threshold": -1}), 422)
        r = await admin.patch(url, json={"opens_on": "2027-06-30", "min_cooperation_months": 18})
        assert r.status_code == 200 and r.json()["opens_on"] == r.json()["closes_on"] == "2027-06-30"
        assert (await admin.get(url)).json()["version"] == 2
        async with caller(app, "city", city_id="c1") as city:
            assert_problem(await city.patch(url, json={"title": "Ours now"}), 403)
        assert_problem(await admin.patch("/v1/calls/nope", json={"title": "Nothing"}), 404)


async def test_an_open_call_keeps_its_terms(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        call = await open_call(admin, review_visibility="full")  # opened on 2027-01-01
        url = f"/v1/calls/{call['id']}"
        body = assert_problem(await admin.patch(url, json={"title": "Renamed", "closes_on": "2027-12-31"}), 409)
        assert [(e["rule"], e["pointer"]) for e in body["errors"]] == [("call_open", "/title"), ("call_open", "/closes_on")]
        assert ":close" in body["detail"]
        for edit in ({"min_cooperation_months": 24}, {"themes": []}, {"eligible_regions": ["eu"]}, {"opens_on": "2027-05-01"}):
            assert assert_problem(await admin.patch(url, json=edit), 409)["errors"][0]["rule"] == "call_open"
        assert (await admin.get(url)).json() == call
        # Its review policy may still become stricter, and its panel change.
        r = await admin.patch(url, json={"review_visibility": "scores", "reviewers": ["key-rev-a"]})
        assert r.status_code == 200, r.text
        assert r.json()["review_visibility"] == "scores" and r.headers["etag"] == '"2"'
        assert await outbox_types(app, short=True) == ["call.updated"]
        [event] = await _events(app, "iuc.applications.call.updated.v1")
        assert event["changed"] == ["reviewers", "review_visibility"]
