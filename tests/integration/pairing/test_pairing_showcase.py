"""The showcase's pairings: confirmed and completed ones for anyone without an identity, with the themes both
cities work on and only the activities they held."""

from tests.integration.pairing.pairingsupport import pairing_app, profile, seed
from tests.support.service_app import anonymous, caller

SHOWCASE = "/v1/showcase/pairings"


async def test_anyone_sees_confirmed_pairings_their_themes_and_held_activities_only(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin, anonymous(app) as public:
        eu, world = profile("Porto", "PT", themes=("climate", "mobility")), profile("Quito", "EC", themes=("mobility",))
        await seed(app, "call-show", [eu, world])
        p = (await admin.post("/v1/pairing/rounds", json={"call_id": "call-show"})).json()["proposals"][0]
        assert (await public.get(SHOWCASE)).json()["items"] == []  # proposed only: not shown
        assert (await public.get(f"{SHOWCASE}/{p['id']}")).status_code == 404
        for party in (eu.city_id, world.city_id):
            assert (await admin.post(f"/v1/pairing/pairings/{p['id']}:accept", json={"party_id": party})).status_code == 200
        url = f"/v1/pairing/pairings/{p['id']}/activities"
        tour = {"kind": "study_tour", "title": "Tram depots", "host_party_id": world.city_id, "participants": 12}
        r = await admin.post(url, json=tour | {"starts_on": "2027-01-10", "ends_on": "2027-01-14"})
        assert r.status_code == 201, r.text
        r = await admin.post(
            url, json=tour | {"title": "Later", "starts_on": "2027-09-01", "ends_on": "2027-09-03", "status": "planned"}
        )
        assert r.status_code == 201, r.text

        r = await public.get(SHOWCASE)
        assert r.status_code == 200, r.text
        assert r.headers["cache-control"].startswith("public")
        [shown] = r.json()["items"]
        assert shown["id"] == p["id"] and shown["state"] == "confirmed" and shown["completed_at"] is None
        assert {party["name"] for party in shown["parties"]} == {"Porto", "Quito"}
        assert shown["themes"] == ["climate"]  # what both applied with (seed() applies with climate)
        assert [a["title"] for a in shown["activities"]] == ["Tram depots"]
        assert not {"score", "breakdown", "explanation", "accepted_by_a", "version"} & set(shown)
        one = await public.get(f"{SHOWCASE}/{p['id']}")
        assert one.json() == shown
        assert (await public.get(f"{SHOWCASE}/{p['id']}", headers={"If-None-Match": one.headers["etag"]})).status_code == 304
        assert [x["id"] for x in (await public.get(SHOWCASE, params={"city_id": eu.city_id})).json()["items"]] == [p["id"]]
        assert (await public.get(SHOWCASE, params={"city_id": "elsewhere"})).json()["items"] == []
        assert (await public.get(SHOWCASE, params={"state": "completed"})).json()["items"] == []
        assert (await public.get("/v1/pairing/pairings")).status_code == 401
