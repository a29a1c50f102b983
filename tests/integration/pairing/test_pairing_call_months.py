"""A call's minimum cooperation, learnt from application.accepted v2, holds its pairing settings, the confirmed
pairing's earliest completion and the completion itself."""

from datetime import date, timedelta

from sqlalchemy import select

from services.pairing.models import kit
from tests.integration.pairing.pairingsupport import NOW, pairing_app, profile, seed
from tests.support.service_app import caller

SETTINGS = "/v1/pairing/calls/{}/settings"


async def _confirm(app, admin, call_id: str) -> dict:
    p = (await admin.post("/v1/pairing/rounds", json={"call_id": call_id})).json()["proposals"][0]
    for party in (p["party_a"]["id"], p["party_b"]["id"]):
        r = await admin.post(f"/v1/pairing/pairings/{p['id']}:accept", json={"party_id": party})
        assert r.status_code == 200, r.text
    return p


async def _confirmed_event(app, pairing_id: str) -> dict:
    async with app.state.sessionmaker() as s:
        rows = await s.scalars(select(kit.outbox.c.data).where(kit.outbox.c.type == "iuc.pairing.pairing.confirmed.v1"))
        return next(d for d in rows.all() if d["pairing_id"] == pairing_id)


async def test_a_24_month_call_shows_confirms_and_completes_by_24_months(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        eu, world = profile("Porto", "PT"), profile("Quito", "EC")
        await seed(app, "call-m24", [eu, world], months=24)
        r = await admin.get(SETTINGS.format("call-m24"))
        assert r.status_code == 200 and r.json()["min_cooperation_months"] == 24 and r.json()["is_default"]

        p = await _confirm(app, admin, "call-m24")
        assert (await _confirmed_event(app, p["id"]))["earliest_completion_on"] == "2029-03-01"
        async with caller(app, "city", city_id=eu.city_id) as porto:
            app.state.clock.at = NOW + timedelta(days=550)  # past 18 months, short of 24
            r = await porto.post(f"/v1/pairing/pairings/{p['id']}:complete", json={})
            assert r.status_code == 409 and "2029-03-01" in r.json()["detail"] and "24 months" in r.json()["detail"]
            assert r.json()["rule"] == "min_cooperation_months"
            app.state.clock.at = NOW + timedelta(days=731)
            r = await porto.post(f"/v1/pairing/pairings/{p['id']}:complete", json={})
            assert r.status_code == 200 and r.json()["state"] == "completed"


async def test_settings_take_the_calls_months_and_never_fewer(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        await seed(app, "call-s24", [profile("Braga", "PT"), profile("Cusco", "PE")], months=24)
        r = await admin.put(SETTINGS.format("call-s24"), json={"quota": 2}, headers={"if-match": '"0"'})
        assert r.status_code == 200 and r.json()["min_cooperation_months"] == 24  # absent: the call's
        r = await admin.put(SETTINGS.format("call-s24"), json={"min_cooperation_months": 20}, headers={"if-match": '"1"'})
        assert r.status_code == 422
        assert [(e["rule"], e["pointer"]) for e in r.json()["errors"]] == [("min_cooperation_months", "/min_cooperation_months")]
        r = await admin.put(SETTINGS.format("call-s24"), json={"min_cooperation_months": 30}, headers={"if-match": '"1"'})
        assert r.status_code == 200 and r.json()["min_cooperation_months"] == 30  # longer than the call asks: kept
        r = await admin.put(SETTINGS.format("call-s24"), json={"min_cooperation_months": None}, headers={"if-match": '"2"'})
        assert r.status_code == 200 and r.json()["min_cooperation_months"] == 24

        # No call asks for fewer than the programme's 18 months, whatever its settings.
        r = await admin.put(SETTINGS.format("call-x"), json={"min_cooperation_months": 12}, headers={"if-match": '"0"'})
        assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "min_cooperation_months"


async def test_settings_put_before_the_call_was_known_follow_its_months(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        r = await admin.put(SETTINGS.format("call-late"), json={"quota": 1}, headers={"if-match": '"0"'})
        assert r.status_code == 200 and r.json()["min_cooperation_months"] == 18
        eu, world = profile("Faro", "PT"), profile("Lima", "PE")
        await seed(app, "call-late", [eu, world], months=24)
        r = await admin.get(SETTINGS.format("call-late"))
        assert r.json()["min_cooperation_months"] == 24 and r.json()["version"] == 1  # reading writes nothing
        p = await _confirm(app, admin, "call-late")
        assert (await _confirmed_event(app, p["id"]))["earliest_completion_on"] == "2029-03-01"


async def test_a_call_known_only_from_v1_events_pairs_by_18_months(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        await seed(app, "call-v1", [profile("Evora", "PT"), profile("Cali", "CO")], months=None)
        assert (await admin.get(SETTINGS.format("call-v1"))).json()["min_cooperation_months"] == 18
        p = await _confirm(app, admin, "call-v1")
        assert date.fromisoformat((await _confirmed_event(app, p["id"]))["earliest_completion_on"]) == date(2028, 9, 1)
