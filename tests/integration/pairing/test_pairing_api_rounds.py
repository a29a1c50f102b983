"""A round through the service's API on a real database: proposals, acceptance, decline, re-match."""

from tests.integration.pairing.pairingsupport import pairing_app, profile, seed
from tests.support.service_app import caller, outbox_types

EU = [("Lyon", "FR", ("climate", "mobility")), ("Graz", "AT", ("energy",)), ("Gent", "BE", ("housing",))]
WORLD = [("Lima", "PE", ("energy",)), ("Pune", "IN", ("climate", "mobility")), ("Kobe", "JP", ("housing",))]


async def test_optimal_round_then_confirm_decline_and_re_match(database_url):
    async with pairing_app(database_url) as app:
        cities = [profile(n, cc, themes=t) for n, cc, t in EU + WORLD]
        await seed(app, "call-1", cities)
        ids = {c.name: c.city_id for c in cities}
        async with caller(app) as admin:
            r = await admin.post("/v1/pairing/rounds", json={"call_id": "call-1", "solver": "optimal"})
            assert r.status_code == 201, r.text
            first = r.json()
            got = {(p["party_a"]["name"], p["party_b"]["name"]) for p in first["proposals"]}
            assert got == {("Lyon", "Pune"), ("Graz", "Lima"), ("Gent", "Kobe")}
            assert first["report"]["pairs"] == 3 and first["report"]["blocking_pair_count"] >= 0
            assert first["report"]["share_matched_by_region"]["eu"]["share"] == 1.0
            by_name = {p["party_a"]["name"]: p for p in first["proposals"]}
            assert by_name["Lyon"]["explanation"].startswith("Shares climate and mobility")

            lyon_pune = by_name["Lyon"]
            async with caller(app, "city", city_id=ids["Lyon"]) as lyon, caller(app, "city", city_id=ids["Pune"]) as pune:
                r = await pune.post(f"/v1/pairing/pairings/{lyon_pune['id']}:accept")
                assert r.status_code == 200 and r.json()["state"] == "accepted_by_one"
                r = await lyon.post(f"/v1/pairing/pairings/{by_name['Graz']['id']}:accept")
                assert r.status_code == 403  # Lyon acts only for itself
                r = await lyon.post(f"/v1/pairing/pairings/{lyon_pune['id']}:accept", headers={"If-Match": '"1"'})
                assert r.status_code == 412
                r = await lyon.post(f"/v1/pairing/pairings/{lyon_pune['id']}:accept")
                assert r.status_code == 200 and r.json()["state"] == "confirmed"

            r = await admin.post(
                f"/v1/pairing/pairings/{by_name['Graz']['id']}:decline",
                json={"party_id": ids["Lima"], "reason": "Other priorities"},
            )
            assert r.status_code == 200 and r.json()["state"] == "declined"
            r = await admin.get("/v1/pairing/forbidden-pairs", params={"call_id": "call-1"})
            assert [f["source"] for f in r.json()["items"]] == ["declined"]

            r = await admin.post("/v1/pairing/rounds", json={"call_id": "call-1", "solver": "optimal"})
            second = r.json()
            assert second["report"]["kept_pairs"] == 1
            again = {(p["party_a"]["name"], p["party_b"]["name"]) for p in second["proposals"]}
            assert ("Lyon", "Pune") not in again and ("Graz", "Lima") not in again
            assert again == {("Graz", "Kobe"), ("Gent", "Lima")}

            r = await admin.get(f"/v1/pairing/rounds/{first['id']}")
            states = {p["party_a"]["name"]: p["state"] for p in r.json()["proposals"]}
            assert states == {"Lyon": "confirmed", "Graz": "declined", "Gent": "superseded"}
    types = await outbox_types(app, short=True)
    assert types.count("pairing.proposed") == 5 and types.count("round.completed") == 2
    assert types.count("pairing.confirmed") == 1 and types.count("pairing.declined") == 1


async def test_candidates_rank_allowed_partners_with_breakdown(database_url):
    async with pairing_app(database_url) as app:
        cities = [profile(n, cc, themes=t) for n, cc, t in EU + WORLD]
        await seed(app, "call-2", cities)
        lyon = cities[0].city_id
        async with caller(app, "city", city_id=lyon) as c:
            r = await c.get("/v1/pairing/candidates", params={"city_id": lyon, "page_size": 2})
            assert r.status_code == 200, r.text
            page = r.json()
            assert page["call_id"] == "call-2" and page["items"][0]["partner"]["name"] == "Pune"
            assert page["items"][0]["score"] > page["items"][1]["score"]
            dims = {"themes", "sdgs", "challenges", "population", "languages", "total"}
            # Interest between regions (regions/interest.py) is 0 for cities, and adds nothing to their total.
            assert set(page["items"][0]["breakdown"]) == dims | {"interest", "interest_bonus"}
            assert page["items"][0]["breakdown"]["interest"] == page["items"][0]["breakdown"]["interest_bonus"] == 0
            r = await c.get(
                "/v1/pairing/candidates", params={"city_id": lyon, "page_size": 2, "page_token": page["next_page_token"]}
            )
            names = [i["partner"]["name"] for i in page["items"] + r.json()["items"]]
            assert sorted(names) == ["Kobe", "Lima", "Pune"]  # never an EU city
            r = await c.get("/v1/pairing/candidates", params={"city_id": cities[1].city_id})
            assert r.status_code == 403
