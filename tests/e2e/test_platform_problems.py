"""Bad requests get problem+json with the right status, and write nothing."""

from datetime import date, timedelta

from tests.support.journey import draft_application, open_call, register_city, submit, unique
from tests.support.platform import client, create_key
from tests.support.streams import events_on_stream

PROBLEM = "application/problem+json"


def assert_problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"].startswith("https://")
    assert body["request_id"] == r.headers["x-request-id"]
    return body


async def _unchanged(admin, application: dict) -> None:
    r = await admin.get(f"/v1/applications/{application['id']}")
    assert r.json()["state"] == "draft"
    assert r.json()["version"] == application["version"]
    assert len(r.json()["history"]) == 1


async def test_submitting_to_a_closed_call_names_the_rule(stack, admin, open_call_body):
    city = await register_city(admin)
    closed = open_call_body | {"opens_on": "2024-01-01", "closes_on": (date.today() - timedelta(days=1)).isoformat()}
    call = await open_call(admin, closed)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
        application = await draft_application(c, call["id"], city["id"])
        body = assert_problem(await submit(c, application["id"]), 422)
    assert [e["rule"] for e in body["errors"]] == ["call_open"]
    await _unchanged(admin, application)
    events = await events_on_stream(stack.nats.url, "iuc.applications.application.submitted")
    assert not [e for e in events if e.subject == application["id"]]


async def test_a_city_of_40000_inhabitants_is_not_eligible(stack, admin, open_call_body):
    city = await register_city(admin, name=unique("Small town"), population=40_000)
    call = await open_call(admin, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
        application = await draft_application(c, call["id"], city["id"])
        body = assert_problem(await submit(c, application["id"]), 422)
    assert [e["rule"] for e in body["errors"]] == ["population_threshold"]
    assert "40,000" in body["detail"]
    await _unchanged(admin, application)


async def test_every_broken_rule_is_listed(stack, admin, open_call_body):
    city = await register_city(admin, name=unique("Tiny"), population=40_000)
    call = await open_call(admin, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
        application = await draft_application(c, call["id"], city["id"], planned_cooperation_months=6, themes=["tourism"])
        body = assert_problem(await submit(c, application["id"]), 422)
    assert {e["rule"] for e in body["errors"]} == {"population_threshold", "min_cooperation_months", "themes_match"}


async def test_a_second_submit_conflicts(stack, admin, open_call_body):
    city = await register_city(admin)
    call = await open_call(admin, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
        application = await draft_application(c, call["id"], city["id"])
        assert (await submit(c, application["id"])).status_code == 200
        assert_problem(await submit(c, application["id"]), 409)
    r = await admin.get(f"/v1/applications/{application['id']}")
    assert [h["to_state"] for h in r.json()["history"]] == ["draft", "submitted"]


async def test_a_stale_if_match_is_refused(admin):
    city = await register_city(admin)
    r = await admin.get(f"/v1/cities/{city['id']}")
    etag = r.headers["etag"]
    r = await admin.patch(f"/v1/cities/{city['id']}", json={"population": 530_000}, headers={"If-Match": etag})
    assert r.status_code == 200 and r.headers["etag"] != etag
    body = assert_problem(await admin.patch(f"/v1/cities/{city['id']}", json={"population": 1}, headers={"If-Match": etag}), 412)
    assert body["current_etag"] == r.headers["etag"]
    assert (await admin.get(f"/v1/cities/{city['id']}")).json()["population"] == 530_000


async def test_a_population_of_many_is_invalid(admin):
    name = unique("Many")
    body = assert_problem(await admin.post("/v1/cities", json={"name": name, "country_code": "FR", "population": "many"}), 422)
    assert body["errors"][0]["pointer"] == "/population"
    assert (await admin.get("/v1/cities", params={"q": name})).json()["items"] == []


async def test_an_unknown_country_code_is_invalid(admin):
    name = unique("Atlantis")
    body = assert_problem(await admin.post("/v1/cities", json={"name": name, "country_code": "ZZ", "population": 200_000}), 422)
    assert body["errors"][0]["pointer"] == "/country_code"
    assert (await admin.get("/v1/cities", params={"q": name})).json()["items"] == []


async def test_a_call_without_a_key_is_unauthenticated(anonymous):
    assert_problem(await anonymous.get("/v1/cities"), 401)
    assert_problem(await anonymous.post("/v1/cities", json={}), 401)


async def test_a_wrong_key_is_unauthenticated(stack):
    async with client(stack, "iuc_not_a_key") as c:
        assert_problem(await c.get("/v1/cities"), 401)


async def test_a_city_key_cannot_touch_another_citys_application(stack, admin, open_call_body):
    mine, theirs = await register_city(admin), await register_city(admin)
    call = await open_call(admin, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=theirs["id"])) as them:
        application = await draft_application(them, call["id"], theirs["id"])
    async with client(stack, create_key(stack, "city", city_id=mine["id"])) as me:
        assert_problem(await me.get(f"/v1/applications/{application['id']}"), 403)
        assert_problem(await submit(me, application["id"]), 403)
        assert_problem(await me.patch(f"/v1/applications/{application['id']}", json={"title": "Hijacked"}), 403)
        assert_problem(
            await me.post("/v1/applications", json={"call_id": call["id"], "city_id": theirs["id"], "title": "On their behalf"}),
            403,
        )
    await _unchanged(admin, application)


async def test_only_an_admin_decides(stack, admin, reviewer, open_call_body):
    city = await register_city(admin)
    call = await open_call(admin, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
        application = await draft_application(c, call["id"], city["id"])
        await submit(c, application["id"])
        assert_problem(await c.post(f"/v1/applications/{application['id']}:accept", json={"reason": "We like it."}), 403)
    assert_problem(await reviewer.post(f"/v1/applications/{application['id']}:accept", json={"reason": "Fine."}), 403)
    # A decision needs a reason.
    assert_problem(await admin.post(f"/v1/applications/{application['id']}:reject", json={}), 422)


async def test_review_scores_must_be_0_to_5(stack, admin, reviewer, open_call_body):
    city = await register_city(admin)
    call = await open_call(admin, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
        application = await draft_application(c, call["id"], city["id"])
        await submit(c, application["id"])
    r = await reviewer.post(
        f"/v1/applications/{application['id']}/reviews", json={"scores": {"relevance": 7}, "recommendation": "yes"}
    )
    assert_problem(r, 422)
    r = await reviewer.post(
        f"/v1/applications/{application['id']}/reviews", json={"scores": {"relevance": 3}, "recommendation": "perhaps"}
    )
    assert_problem(r, 422)


async def test_unknown_resources_are_404(admin):
    assert_problem(await admin.get("/v1/cities/nope"), 404)
    assert_problem(await admin.get("/v1/applications/nope"), 404)
    assert_problem(await admin.get("/v1/cities/imports/nope"), 404)
