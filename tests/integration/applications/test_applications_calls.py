"""Calls for applications through the API: opened by the coordination unit, read by all."""

from tests.integration.applications.applicationssupport import applications_app, assert_problem, call_body, open_call
from tests.support.service_app import caller


async def test_an_opened_call_is_read_back_and_listed_by_component(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        r = await admin.post("/v1/calls", json=call_body(eligible_regions=["eu"]))
        assert r.status_code == 201, r.text
        call = r.json()
        assert r.headers["location"] == f"/v1/calls/{call['id']}" and r.headers["etag"] == '"1"'
        assert (call["component"], call["opens_on"], call["population_threshold"], call["eligible_regions"]) == (
            "city_pairing",
            "2027-01-01",
            100_000,
            ["eu"],
        )
        r = await admin.get(f"/v1/calls/{call['id']}")
        assert r.status_code == 200 and r.headers["etag"] == '"1"' and r.json() == call
        covenant = await open_call(admin, component="covenant", title="Covenant 2027")
        async with caller(app, "reviewer") as reviewer:
            assert [c["id"] for c in (await reviewer.get("/v1/calls")).json()["items"]] == [call["id"], covenant["id"]]
            r = await reviewer.get("/v1/calls", params={"component": "covenant"})
            assert [c["title"] for c in r.json()["items"]] == ["Covenant 2027"]
            first = (await reviewer.get("/v1/calls", params={"page_size": 1})).json()
            assert [c["id"] for c in first["items"]] == [call["id"]]
            rest = (await reviewer.get("/v1/calls", params={"page_size": 1, "page_token": first["next_page_token"]})).json()
            assert [c["id"] for c in rest["items"]] == [covenant["id"]] and rest["next_page_token"] is None


async def test_only_the_coordination_unit_opens_calls_and_their_dates_must_hold(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        assert_problem(await admin.post("/v1/calls", json=call_body(opens_on="2027-07-01")), 422)
        assert_problem(await admin.post("/v1/calls", json=call_body(component="tourism")), 422)
        async with caller(app, "city", city_id="c1") as city:
            assert_problem(await city.post("/v1/calls", json=call_body()), 403)
        assert_problem(await admin.get("/v1/calls/nope"), 404)
        assert (await admin.get("/v1/calls")).json()["items"] == []
