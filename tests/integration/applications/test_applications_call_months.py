"""A call's minimum cooperation: never below the programme's 18 months, and carried to pairing by the acceptance."""

from sqlalchemy import select

from services.applications.models import kit
from tests.integration.applications.applicationssupport import (
    applications_app,
    assert_problem,
    call_body,
    draft_application,
    open_call,
    register_city,
)
from tests.support.service_app import caller


async def test_a_call_below_18_months_is_refused_naming_the_rule(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        for months in (17, 1, 0, -5):
            body = assert_problem(await admin.post("/v1/calls", json=call_body(min_cooperation_months=months)), 422)
            assert body["errors"] == [
                {"rule": "min_cooperation_months", "pointer": "/min_cooperation_months", "detail": body["detail"]}
            ]
            assert "18" in body["detail"]
        assert_problem(await admin.post("/v1/calls", json=call_body(min_cooperation_months=121)), 422)
        assert (await admin.get("/v1/calls")).json()["items"] == []
        assert (await open_call(admin))["min_cooperation_months"] == 18
        assert (await open_call(admin, min_cooperation_months=18))["min_cooperation_months"] == 18


async def test_the_acceptance_of_a_24_month_call_carries_its_months(database_url):
    async with applications_app(database_url) as app, caller(app) as admin, caller(app, "reviewer") as reviewer:
        city = await register_city(admin)
        call = await open_call(admin, min_cooperation_months=24)
        assert call["min_cooperation_months"] == 24
        async with caller(app, "city", city_id=city["id"]) as c:
            draft = await draft_application(c, call["id"], city["id"], planned_cooperation_months=24)
            r = await c.post(f"/v1/applications/{draft['id']}:submit")
            assert r.status_code == 200, r.text
        r = await reviewer.post(
            f"/v1/applications/{draft['id']}/reviews", json={"scores": {"relevance": 4}, "recommendation": "yes"}
        )
        assert r.status_code == 201, r.text
        r = await admin.post(f"/v1/applications/{draft['id']}:accept", json={"reason": "Strong."})
        assert r.status_code == 200, r.text
        async with app.state.sessionmaker() as s:
            rows = (await s.execute(select(kit.outbox.c.type, kit.outbox.c.data).order_by(kit.outbox.c.seq))).all()
        accepted = [(t, d) for t, d in rows if ".application.accepted." in t]
        assert [t for t, _ in accepted] == ["iuc.applications.application.accepted.v2"]  # the producer sends v2 only
        assert accepted[0][1]["min_cooperation_months"] == 24 and accepted[0][1]["planned_cooperation_months"] == 24
