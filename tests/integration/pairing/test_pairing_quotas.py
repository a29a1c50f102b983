"""Quotas per world region and country through the API: the call's settings keep them, a round may override them,
and no round proposes more pairings with a party of a region or country than its quota."""

from tests.integration.pairing.pairingsupport import pairing_app, profile, seed
from tests.support.service_app import caller

CALL = "call-quotas"
EU = [("Lyon", "FR"), ("Graz", "AT"), ("Gent", "BE"), ("Porto", "PT")]
WORLD = [("Recife", "BR"), ("Salvador", "BR"), ("Bogota", "CO"), ("Pune", "IN"), ("Kobe", "JP")]


async def test_rounds_keep_the_quotas_of_the_call_or_their_own(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        cities = [profile(n, cc) for n, cc in EU + WORLD]
        await seed(app, CALL, cities)
        country_of = {c.name: c.country_code for c in cities}
        settings = {"region_quotas": {"latin_america_caribbean": 2}, "country_quotas": {"br": 1}}
        r = await admin.put(f"/v1/pairing/calls/{CALL}/settings", json=settings, headers={"If-Match": '"0"'})
        assert r.status_code == 200, r.text
        assert r.json()["country_quotas"] == {"BR": 1} and r.json()["region_quotas"] == {"latin_america_caribbean": 2}

        for solver in ("optimal", "stable", "greedy"):
            r = await admin.post("/v1/pairing/rounds", json={"call_id": CALL, "solver": solver})
            assert r.status_code == 201, r.text
            partners = [country_of[p["party_b"]["name"]] for p in r.json()["proposals"]]
            assert len(partners) == 4, solver  # every EU city still finds a partner
            assert partners.count("BR") == 1 and partners.count("BR") + partners.count("CO") == 2, solver
            assert r.json()["report"]["country_quotas"] == {"BR": 1}
            reasons = {u["name"]: u["reason"] for u in r.json()["report"]["unmatched"]}
            assert set(reasons) == {"Recife", "Salvador"} - {p["party_b"]["name"] for p in r.json()["proposals"]}
            assert set(reasons.values()) == {"quota_reached"}

        r = await admin.post("/v1/pairing/rounds", json={"call_id": CALL, "country_quotas": {}, "region_quotas": {"asia": 0}})
        partners = [country_of[p["party_b"]["name"]] for p in r.json()["proposals"]]
        assert sorted(partners) == ["BR", "BR", "CO"]  # the round's own quotas replace the call's


async def test_a_quota_names_a_known_country_and_a_bounded_number(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        r = await admin.put(f"/v1/pairing/calls/{CALL}/settings", json={"country_quotas": {"XX": 1}})
        assert r.status_code == 422 and "unknown_country" in r.text
        r = await admin.post("/v1/pairing/rounds", json={"call_id": CALL, "region_quotas": {"atlantis": 1}})
        assert r.status_code == 422
        r = await admin.post("/v1/pairing/rounds", json={"call_id": CALL, "country_quotas": {"BR": -1}})
        assert r.status_code == 422
