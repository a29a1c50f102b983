"""Cooperation activities planned, held and cancelled through the API: held only once over, edited with If-Match,
each change announced; the dashboards count the held ones."""

from datetime import timedelta

from tests.integration.pairing.pairingsupport import NOW, pairing_app, profile, seed
from tests.support.service_app import caller, outbox_types


async def _confirmed(app, admin, call_id: str) -> dict:
    eu, world = profile("Porto", "PT"), profile("Quito", "EC")
    await seed(app, call_id, [eu, world])
    p = (await admin.post("/v1/pairing/rounds", json={"call_id": call_id})).json()["proposals"][0]
    for party in (eu.city_id, world.city_id):
        assert (await admin.post(f"/v1/pairing/pairings/{p['id']}:accept", json={"party_id": party})).status_code == 200
    return p


def rules(r) -> list[str]:
    return [e.get("rule") for e in r.json().get("errors", [])]


async def test_an_activity_is_planned_edited_and_held_once_it_is_over(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        p = await _confirmed(app, admin, "call-act1")
        url = f"/v1/pairing/pairings/{p['id']}/activities"
        body = {
            "kind": "study_tour",
            "title": "Tram depots",
            "host_party_id": p["party_b"]["id"],
            "starts_on": "2027-05-02",
            "ends_on": "2027-05-06",
            "participants": 12,
        }
        r = await admin.post(url, json=body)  # held is the default, and this one is two months ahead
        assert r.status_code == 422 and rules(r) == ["held_in_future"]
        r = await admin.post(url, json=body | {"status": "planned"})
        assert r.status_code == 201 and r.headers["etag"] == '"1"', r.text
        one = r.json()
        assert one["status"] == "planned" and one["version"] == 1
        assert (await admin.get(f"{url}/{one['id']}")).headers["etag"] == '"1"'

        r = await admin.post(f"{url}/{one['id']}:markHeld", headers={"If-Match": '"1"'})
        assert r.status_code == 422 and rules(r) == ["held_in_future"]
        r = await admin.patch(f"{url}/{one['id']}", json={"title": "Tram depots and workshops"}, headers={"If-Match": '"1"'})
        assert r.status_code == 200 and r.headers["etag"] == '"2"' and r.json()["title"] == "Tram depots and workshops"
        r = await admin.patch(f"{url}/{one['id']}", json={"participants": 3}, headers={"If-Match": '"1"'})
        assert r.status_code == 412
        r = await admin.patch(f"{url}/{one['id']}", json={"ends_on": "2027-05-01"})
        assert r.status_code == 422 and rules(r) == ["date_order"]
        r = await admin.patch(f"{url}/{one['id']}", json={"title": None})
        assert r.status_code == 422

        app.state.clock.at = NOW + timedelta(days=70)  # 2027-05-10: the tour is over
        r = await admin.post(f"{url}/{one['id']}:markHeld", json={"participants": 14}, headers={"If-Match": '"2"'})
        assert r.status_code == 200 and r.json()["status"] == "held" and r.json()["participants"] == 14, r.text
        r = await admin.post(f"{url}/{one['id']}:markHeld")
        assert r.status_code == 409 and rules(r) == ["activity_status"]
        r = await admin.patch(f"{url}/{one['id']}", json={"outcomes": "Depot design notes"})
        assert r.status_code == 200 and r.json()["outcomes"] == "Depot design notes"
        r = await admin.patch(f"{url}/{one['id']}", json={"kind": "seminar"})
        assert r.status_code == 422 and rules(r) == ["held_kind"]
        r = await admin.patch(f"{url}/{one['id']}", json={"ends_on": "2027-06-01"})
        assert r.status_code == 422 and rules(r) == ["held_in_future"]
        r = await admin.post(f"{url}/{one['id']}:cancel", json={"reason": "Too late for that"})
        assert r.status_code == 409 and rules(r) == ["activity_status"]
    types = await outbox_types(app, short=True)
    assert [t for t in types if t.startswith("activity.")] == [
        "activity.planned",
        "activity.updated",
        "activity.held",
        "activity.updated",
    ]


async def test_a_planned_activity_can_be_cancelled_and_only_held_ones_count(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        p = await _confirmed(app, admin, "call-act2")
        url = f"/v1/pairing/pairings/{p['id']}/activities"
        base = {"title": "Heat plans", "host_party_id": p["party_a"]["id"], "participants": 6}
        held = await admin.post(url, json=base | {"kind": "seminar", "starts_on": "2027-02-01", "ends_on": "2027-02-01"})
        assert held.status_code == 201 and held.json()["status"] == "held"
        planned = await admin.post(
            url, json=base | {"kind": "training", "starts_on": "2027-09-01", "ends_on": "2027-09-02", "status": "planned"}
        )
        assert planned.status_code == 201
        activity = planned.json()
        r = await admin.post(f"{url}/{activity['id']}:cancel", json={})
        assert r.status_code == 422
        r = await admin.post(f"{url}/{activity['id']}:cancel", json={"reason": "Budget cut"}, headers={"If-Match": '"1"'})
        assert r.status_code == 200 and r.json()["status"] == "cancelled" and r.json()["cancel_reason"] == "Budget cut"
        r = await admin.patch(f"{url}/{activity['id']}", json={"title": "Heat plans again"})
        assert r.status_code == 409 and rules(r) == ["activity_status"]
        async with caller(app, "city", city_id="elsewhere") as stranger:
            assert (await stranger.get(f"{url}/{activity['id']}")).status_code == 403
        r = await admin.get(f"/v1/pairing/pairings/{p['id']}/activities/nope")
        assert r.status_code == 404
        statuses = [a["status"] for a in (await admin.get(url)).json()["items"]]
        assert statuses == ["held", "cancelled"]
        r = await admin.get("/v1/pairing/stats")
        assert r.status_code == 200 and r.json()["activities_by_kind"] == {"seminar": 1}
    types = await outbox_types(app, short=True)
    assert [t for t in types if t.startswith("activity.")] == ["activity.held", "activity.planned", "activity.cancelled"]
