"""The CRF's vocabularies on the wire: energy carriers with an emission factor per line, CRF
sectors beside the SEAP ones, climate hazards from the CRF list; another value is 422 naming the rule."""

from __future__ import annotations

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories/ES90001"


def codes(r) -> set[tuple[str, str]]:
    return {(e["pointer"], e["code"]) for e in r.json()["errors"]}


async def test_inventory_lines_take_carriers_factors_and_crf_sectors(app):
    async with caller(app) as admin:
        assert (await admin.put(BASE, json=signatory("Villa", "ES"))).status_code == 201
        rows = [
            {
                "sector": "on_road_transport",
                "scope": "direct",
                "carrier": "diesel",
                "activity_mwh": 1000,
                "emission_factor": 0.267,
            },
            {
                "sector": "residential_buildings",
                "scope": "indirect",
                "carrier": "electricity",
                "activity_mwh": 500,
                "emission_factor": 0.2,
                "emissions_tco2e": 99,
            },
            {"sector": "municipal_buildings", "scope": "direct", "emissions_tco2e": 10},
        ]
        r = await admin.post(f"{BASE}/inventories", json={"kind": "baseline", "year": 2015, "rows": rows})
        assert r.status_code == 201
        lines = r.json()["rows"]
        assert [(x["sector"], x["carrier"], x["emissions_tco2e"]) for x in lines] == [
            ("on_road_transport", "diesel", 267.0),  # 1,000 MWh x 0.267 t/MWh
            ("residential_buildings", "electricity", 99),  # as stated
            ("municipal_buildings", None, 10),
        ]
        assert r.json()["total_emissions_tco2e"] == 376

        bad = [
            {"sector": "spaceports", "scope": "direct", "emissions_tco2e": 1},
            {"sector": "transport", "scope": "direct", "carrier": "whale_oil", "emissions_tco2e": 1},
            {"sector": "transport", "scope": "direct", "activity_mwh": 5, "emission_factor": 0.2},
            {"sector": "transport", "scope": "direct", "carrier": "coal"},
        ]
        r = await admin.post(f"{BASE}/inventories", json={"kind": "baseline", "year": 2015, "rows": bad})
        assert r.status_code == 422
        assert codes(r) == {
            ("/rows/0/sector", "unknown_sector"),
            ("/rows/1/carrier", "unknown_carrier"),
            ("/rows/2", "carrier_required"),
            ("/rows/3", "emissions_or_factor_required"),
        }


async def test_hazards_come_from_the_crf_list(app):
    async with caller(app) as admin:
        assert (await admin.put(BASE, json=signatory("Villa", "ES"))).status_code == 201
        hazards = [
            {"hazard": "extreme_heat", "probability": "high", "impact": "high"},
            {"hazard": "forest_fires", "probability": "moderate", "impact": "high"},
        ]
        r = await admin.post(f"{BASE}/risk-assessments", json={"year": 2025, "hazards": hazards})
        assert r.status_code == 201 and [h["hazard"] for h in r.json()["hazards"]] == ["extreme_heat", "wildfires"]
        r = await admin.post(
            f"{BASE}/risk-assessments",
            json={"year": 2025, "hazards": [{"hazard": "zombies", "probability": "low", "impact": "low"}]},
        )
        assert r.status_code == 422 and codes(r) == {("/hazards/0/hazard", "unknown_hazard")}
        r = await admin.patch(
            f"{BASE}/risk-assessments/{(await admin.get(f'{BASE}/risk-assessments')).json()[0]['id']}",
            json={"hazards": [{"hazard": "meteors", "probability": "low", "impact": "low"}]},
        )
        assert r.status_code == 422 and codes(r) == {("/hazards/0/hazard", "unknown_hazard")}
