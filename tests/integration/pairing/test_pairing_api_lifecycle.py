"""A confirmed pairing's life on a real database: activities, 18 months, override, dissolution, expiry."""

from datetime import timedelta

from sqlalchemy import select

from services.pairing.lifecycle.service import expire_due
from services.pairing.models import kit
from tests.integration.pairing.pairingsupport import NOW, pairing_app, profile, seed
from tests.support.service_app import caller, outbox_types


async def _confirmed(app, admin, call_id: str):
    eu, world = profile("Porto", "PT"), profile("Quito", "EC")
    await seed(app, call_id, [eu, world])
    p = (await admin.post("/v1/pairing/rounds", json={"call_id": call_id})).json()["proposals"][0]
    for party in (eu.city_id, world.city_id):
        r = await admin.post(f"/v1/pairing/pairings/{p['id']}:accept", json={"party_id": party})
        assert r.status_code == 200, r.text
    return p, eu, world


async def test_completion_after_18_months_carries_the_activities(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        p, eu, world = await _confirmed(app, admin, "call-l1")
        async with caller(app, "city", city_id=eu.city_id) as porto:
            body = {
                "kind": "study_tour",
                "title": "Tram depots",
                "host_party_id": world.city_id,
                "starts_on": "2027-05-02",
                "ends_on": "2027-05-06",
                "participants": 12,
                "outcomes": "Depot design notes",
                "status": "planned",  # two months ahead
            }
            r = await porto.post(f"/v1/pairing/pairings/{p['id']}/activities", json=body)
            assert r.status_code == 201, r.text
            activity = r.json()
            r = await porto.post(f"/v1/pairing/pairings/{p['id']}/activities", json=body | {"host_party_id": "elsewhere"})
            assert r.status_code == 422
            r = await porto.get(f"/v1/pairing/pairings/{p['id']}/activities")
            assert [a["title"] for a in r.json()["items"]] == ["Tram depots"]
            r = await porto.post(f"/v1/pairing/pairings/{p['id']}:complete", json={})
            assert r.status_code == 409 and "2028-09-01" in r.json()["detail"]
            app.state.clock.at = NOW + timedelta(days=550)
            r = await porto.post(
                f"/v1/pairing/pairings/{p['id']}/activities/{activity['id']}:markHeld", headers={"If-Match": '"1"'}
            )
            assert r.status_code == 200 and r.json()["status"] == "held", r.text
            r = await porto.post(f"/v1/pairing/pairings/{p['id']}:complete", json={})
            assert r.status_code == 200 and r.json()["state"] == "completed"
        async with app.state.sessionmaker() as s:
            data = (
                await s.scalars(select(kit.outbox.c.data).where(kit.outbox.c.type == "iuc.pairing.pairing.completed.v1"))
            ).one()
        assert data["party_a"]["name"] == "Porto" and data["party_b"]["kind"] == "city"
        assert data["activities"][0]["participants"] == 12 and data["summary"] == "1 activities (1 study tour), 12 participants."
        assert data["override_reason"] is None


async def test_an_admin_completes_early_only_with_a_reason_and_dissolving_needs_one(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        p, *_ = await _confirmed(app, admin, "call-l2")
        r = await admin.post(f"/v1/pairing/pairings/{p['id']}:complete", json={})
        assert r.status_code == 409
        r = await admin.post(f"/v1/pairing/pairings/{p['id']}:dissolve", json={})
        assert r.status_code == 422
        r = await admin.post(f"/v1/pairing/pairings/{p['id']}:complete", json={"reason": "Programme closes early"})
        assert r.status_code == 200 and r.json()["end_reason"] == "Programme closes early"
        q, *_ = await _confirmed(app, admin, "call-l3")
        r = await admin.post(f"/v1/pairing/pairings/{q['id']}:dissolve", json={"reason": "Mayor changed priorities"})
        assert r.status_code == 200 and r.json()["state"] == "dissolved"
        r = await admin.get("/v1/pairing/forbidden-pairs", params={"call_id": "call-l3"})
        assert [f["source"] for f in r.json()["items"]] == ["dissolved"]


async def test_proposals_expire_by_the_service_clock(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        a, b = profile("Braga", "PT"), profile("Cusco", "PE")
        await seed(app, "call-l4", [a, b])
        p = (await admin.post("/v1/pairing/rounds", json={"call_id": "call-l4"})).json()["proposals"][0]
        assert p["expires_at"].startswith("2027-03-15")
        app.state.clock.at = NOW + timedelta(days=15)
        r = await admin.post(f"/v1/pairing/pairings/{p['id']}:accept", json={"party_id": a.city_id})
        assert r.status_code == 409 and r.json()["state"] == "expired"
        assert await expire_due(app.state.sessionmaker, app.state.clock.now()) == 1
        assert (await admin.get(f"/v1/pairing/pairings/{p['id']}")).json()["state"] == "expired"
        assert await expire_due(app.state.sessionmaker, app.state.clock.now()) == 0
        assert (await outbox_types(app)).count("iuc.pairing.pairing.expired.v1") == 1  # told once
