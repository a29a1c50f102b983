"""Region-to-region pairing (Component III): EU NUTS regions with Latin American & Caribbean regions."""

from tests.integration.pairing.pairingsupport import pairing_app
from tests.support.service_app import caller


async def _put(admin, region_id: str, **body):
    r = await admin.put(f"/v1/pairing/region-profiles/{region_id}", json={"call_ids": ["call-r"]} | body)
    assert r.status_code == 200, r.text
    return r.json()


async def test_regions_pair_across_the_atlantic_with_the_same_machinery(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        andalucia = await _put(admin, "ES61", name="Andalucía", themes=["agrifood", "tourism"], languages=["es"])
        await _put(admin, "EL30", name="Attiki", themes=["tourism"], languages=["el"])
        await _put(admin, "PL91", name="Warszawski", themes=["digital"], languages=["pl"], call_ids=[])
        await _put(admin, "MX-JAL", name="Jalisco", themes=["agrifood", "digital"], languages=["es"])
        await _put(admin, "BR-SP", name="São Paulo", themes=["tourism"], languages=["pt"])
        await _put(admin, "US-CA", name="California", themes=["digital"], languages=["en"])
        assert andalucia["world_region"] == "eu" and andalucia["kind"] == "region"
        r = await admin.get("/v1/pairing/region-profiles/EL30")
        assert r.json()["country_code"] == "GR" and r.headers["etag"] == '"1"'
        r = await admin.put("/v1/pairing/region-profiles/EL30", json={"name": "Attica"}, headers={"If-Match": '"7"'})
        assert r.status_code == 412

        r = await admin.post("/v1/pairing/rounds", json={"call_id": "call-r", "solver": "stable", "party_kind": "region"})
        assert r.status_code == 201, r.text
        result = r.json()
        pairs = {(p["party_a"]["id"], p["party_b"]["id"]) for p in result["proposals"]}
        assert pairs == {("ES61", "MX-JAL"), ("EL30", "BR-SP")}
        assert result["report"]["blocking_pair_count"] == 0
        assert [(u["party_id"], u["reason"]) for u in result["report"]["unmatched"]] == [("US-CA", "region_not_paired")]

        r = await admin.put("/v1/pairing/region-profiles/XX1", json={"name": "Nowhere"})
        assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "/country_code"
