"""The four target types through the API: each type's rules by name, its level in the target
year, and what the compliance view shows of it against a later monitoring inventory."""

from __future__ import annotations

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories/IT90001"


def inventory(kind: str, year: int, tco2e: float, population: int | None = None) -> dict:
    rows = [{"sector": "residential_buildings", "scope": "indirect", "emissions_tco2e": tco2e}]
    return {"kind": kind, "year": year, "population": population, "rows": rows}


async def test_each_type_sets_its_level_and_the_compliance_view_tracks_it(app):
    async with caller(app) as admin:
        assert (await admin.put(BASE, json=signatory("Borgo", "IT"))).status_code == 201
        [mitigation] = [c for c in (await admin.get(f"{BASE}/commitments")).json() if c["pillar"] == "mitigation"]
        url = f"{BASE}/commitments/{mitigation['id']}/targets"

        base_year = {"type": "base_year", "base_year": 2005, "target_year": 2030, "reduction_percent": 40}
        r = await admin.post(url, json=base_year)
        assert r.status_code == 422 and [(e["rule"], e["pointer"]) for e in r.json()["errors"]] == [
            ("base_year_inventory_missing", "/base_year")
        ]
        assert (await admin.post(f"{BASE}/inventories", json=inventory("baseline", 2005, 100_000))).status_code == 201
        r = await admin.post(url, json=base_year)
        assert r.status_code == 201
        assert r.json()["base_emissions_tco2e"] == 100_000 and r.json()["level_tco2e"] == 60_000

        r = await admin.post(url, json={"type": "baseline_scenario", "target_year": 2030, "reduction_percent": 30})
        assert r.status_code == 422 and [e["rule"] for e in r.json()["errors"]] == ["bau_projection_required"]
        bau = {"type": "baseline_scenario", "target_year": 2030, "reduction_percent": 30, "bau_emissions_tco2e": 150_000}
        assert (await admin.post(url, json=bau)).json()["level_tco2e"] == 105_000

        intensity = {"type": "intensity", "base_year": 2005, "target_year": 2030, "reduction_percent": 30}
        r = await admin.post(url, json=intensity | {"intensity_unit": "per_capita", "base_intensity": 5})
        assert r.status_code == 422 and [e["rule"] for e in r.json()["errors"]] == ["intensity_denominator_required"]
        per_capita = intensity | {"intensity_unit": "per_capita", "base_intensity": 5, "target_denominator": 200_000}
        assert (await admin.post(url, json=per_capita)).json()["level_tco2e"] == 700_000
        r = await admin.post(url, json={"type": "intensity", "target_year": 2030, "intensity_unit": "per_gdp"})
        assert r.status_code == 422 and {e["rule"] for e in r.json()["errors"]} == {
            "base_year_required",
            "reduction_percent_required",
            "base_intensity_required",
            "intensity_denominator_required",
            "gdp_unit_required",
        }

        r = await admin.post(url, json={"type": "fixed_level", "target_year": 2030, "reduction_percent": 20})
        assert r.status_code == 422 and {e["rule"] for e in r.json()["errors"]} == {"fixed_level_required", "field_not_for_type"}
        assert (
            await admin.post(url, json={"type": "fixed_level", "target_year": 2050, "fixed_level_tco2e": 0})
        ).status_code == 201

        # 2020: 70,000 t, under the base_year target's path (76,000 t in 2020).
        monitoring = inventory("monitoring", 2020, 70_000, population=180_000)
        assert (await admin.post(f"{BASE}/inventories", json=monitoring)).status_code == 201
        progress = (await admin.get(f"{BASE}/compliance")).json()["targets"]
        assert [(t["type"], t["level_tco2e"], t["monitoring_year"], t["on_track"]) for t in progress] == [
            ("base_year", 60_000, 2020, True),
            ("baseline_scenario", 105_000, 2020, None),  # no base year: no path before the target year
            ("intensity", 700_000, 2020, True),  # 0.39 t per inhabitant, under the path's 4.4 t
            ("fixed_level", 0, 2020, None),
        ]
