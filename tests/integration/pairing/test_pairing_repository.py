"""Queries of the pairing service: filtered keyset pages, profiles per call, call settings."""

from tests.integration.pairing.pairingsupport import pairing_app, profile, seed
from tests.support.service_app import caller


async def test_pairings_page_by_id_and_filter_by_party_and_state(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        eu = [profile(f"EU {i}", "DE") for i in range(5)]
        world = [profile(f"World {i}", "KE") for i in range(5)]
        await seed(app, "call-q", eu + world)
        await admin.post("/v1/pairing/rounds", json={"call_id": "call-q", "solver": "greedy"})
        seen, token = [], None
        while True:
            r = await admin.get(
                "/v1/pairing/pairings", params={"call_id": "call-q", "page_size": 2} | ({"page_token": token} if token else {})
            )
            body = r.json()
            seen += [p["id"] for p in body["items"]]
            token = body["next_page_token"]
            if not token:
                break
        assert len(seen) == 5 and seen == sorted(seen)
        r = await admin.get("/v1/pairing/pairings", params={"party_id": world[3].city_id, "state": "proposed"})
        assert len(r.json()["items"]) == 1
        r = await admin.get("/v1/pairing/pairings", params={"state": "confirmed"})
        assert r.json()["items"] == []
        async with caller(app, "city", city_id=eu[0].city_id) as city:
            r = await city.get("/v1/pairing/pairings")
            assert [p["party_a"]["id"] for p in r.json()["items"]] == [eu[0].city_id]
            r = await city.get("/v1/pairing/rounds")
            assert r.status_code == 403
        r = await admin.get("/v1/pairing/city-profiles", params={"call_id": "call-q", "world_region": "africa"})
        assert sorted(p["name"] for p in r.json()["items"]) == [f"World {i}" for i in range(5)]


async def test_call_settings_default_then_set_with_if_match(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        r = await admin.get("/v1/pairing/calls/call-s/settings")
        assert r.json()["is_default"] and r.json()["side_a_regions"] == ["eu"] and "asia" in r.json()["side_b_regions"]
        body = {"weights": {"themes": 3, "languages": 1}, "quota": 2, "side_b_regions": ["latin_america_caribbean"]}
        r = await admin.put("/v1/pairing/calls/call-s/settings", json=body, headers={"If-Match": '"0"'})
        assert r.status_code == 200, r.text
        assert r.json()["weights"]["themes"] == 0.75 and r.json()["version"] == 1 and r.headers["etag"] == '"1"'
        r = await admin.put("/v1/pairing/calls/call-s/settings", json=body, headers={"If-Match": '"0"'})
        assert r.status_code == 412
        r = await admin.put("/v1/pairing/calls/call-s/settings", json={"side_b_regions": ["eu"]})
        assert r.status_code == 422
        r = await admin.put("/v1/pairing/calls/call-s/settings", json={"weights": {"charm": 1}})
        assert r.status_code == 422 and "charm" in r.text
