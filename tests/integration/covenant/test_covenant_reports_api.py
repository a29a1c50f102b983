"""What a signatory submits, through the API: commitments, targets, inventories, assessments
and reports, each reassessing compliance and moving the signatory's version once."""

from __future__ import annotations

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller, outbox_types

BASE = "/v1/covenant/signatories/PT90001"
INVENTORY = {"kind": "baseline", "year": 2022, "rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 812.5}]}


async def test_submissions_earn_badges_and_reinstate_the_signatory(app):
    async with caller(app) as admin:
        created = (await admin.put(BASE, json=signatory("Vila Nova", "PT", adhesion="2023-01-10"))).json()
        assert created["status"] == "on_hold"

        r = await admin.post(f"{BASE}/commitments", json={"pillar": "energy_access", "generation": "GCoM"})
        assert r.status_code == 201 and r.headers["location"] == f"{BASE}/commitments/{r.json()['id']}"
        assert (
            await admin.post(f"{BASE}/commitments", json={"pillar": "energy_access", "generation": "GCoM"})
        ).status_code == 409
        commitments = (await admin.get(f"{BASE}/commitments")).json()
        assert {(c["pillar"], c["generation"]) for c in commitments} == {
            ("mitigation", "CoM2030"),
            ("adaptation", "CoM2030"),
            ("energy_access", "GCoM"),
        }
        assert (await admin.get(BASE)).json()["version"] == 2

        mitigation = next(c for c in commitments if c["pillar"] == "mitigation")
        targets = f"{BASE}/commitments/{mitigation['id']}/targets"
        r = await admin.post(
            targets, json={"type": "base_year", "base_year": 2030, "target_year": 2020, "reduction_percent": 140}
        )
        assert r.status_code == 422
        assert {e["rule"] for e in r.json()["errors"]} == {"target_year_before_base_year", "reduction_above_100_percent"}
        good = {"type": "base_year", "base_year": 2022, "target_year": 2030, "reduction_percent": 55}
        assert (await admin.post(f"{BASE}/commitments/nope/targets", json=good)).status_code == 404
        r = await admin.post(targets, json=good)
        assert r.status_code == 422 and [e["rule"] for e in r.json()["errors"]] == ["base_year_inventory_missing"]
        fixed = {"type": "fixed_level", "target_year": 2030, "fixed_level_tco2e": 400}
        assert (await admin.post(targets, json=fixed)).status_code == 201
        assert [t["level_tco2e"] for t in (await admin.get(f"{BASE}/targets")).json()] == [400]

        r = await admin.post(f"{BASE}/inventories", json=INVENTORY)
        assert r.status_code == 201 and r.json()["total_emissions_tco2e"] == 812.5
        inventory = r.json()
        assert r.headers["location"] == f"{BASE}/inventories/{inventory['id']}"
        assert inventory["rows"] == [
            {
                "sector": "transport",
                "scope": "direct",
                "carrier": None,
                "activity_mwh": None,
                "emission_factor": None,
                "emissions_tco2e": 812.5,
                "factor_type": "IPCC",
            }
        ]
        assert (await admin.get(f"{BASE}/inventories/{inventory['id']}")).json() == inventory
        assert (await admin.get(f"{BASE}/inventories/nope")).status_code == 404
        assert (await admin.get(f"{BASE}/inventories")).json() == {"items": [inventory], "next_page_token": None}
        duplicate = INVENTORY | {"external_id": "INV-1"}
        assert (await admin.post(f"{BASE}/inventories", json=duplicate)).status_code == 201
        assert (await admin.post(f"{BASE}/inventories", json=duplicate)).status_code == 409

        hazards = [{"hazard": "floods", "probability": "high", "impact": "high"}]
        r = await admin.post(f"{BASE}/risk-assessments", json={"year": 2025, "hazards": hazards})
        assert r.status_code == 201 and r.json()["hazards"][0]["hazard"] == "floods_and_sea_level_rise"
        assert len((await admin.get(f"{BASE}/risk-assessments")).json()) == 1
        r = await admin.post(f"{BASE}/energy-access-assessments", json={"year": 2025, "electricity_access_percent": 97.5})
        assert r.status_code == 201 and r.json()["electricity_access_percent"] == 97.5
        assert len((await admin.get(f"{BASE}/energy-access-assessments")).json()) == 1

        before = (await admin.get(BASE)).json()["version"]
        r = await admin.post(f"{BASE}/reports", json={"kind": "action_plan", "title": "SECAP Vila Nova"})
        assert r.status_code == 201 and r.json()["source"] == "covenant"
        assert [p["title"] for p in (await admin.get(f"{BASE}/reports")).json()] == ["SECAP Vila Nova"]
        now = (await admin.get(BASE)).json()
        assert now["status"] == "published" and now["version"] == before + 1
        assert {"mitigation.target", "mitigation.inventory", "mitigation.plan", "adaptation.risk_assessment"} <= set(
            now["badges"]
        )
    async with caller(app, "covenant_office", regional_covenant="east") as office:
        assert (await office.post(f"{BASE}/reports", json={"kind": "monitoring_report"})).status_code == 403
    types = await outbox_types(app, short=True)
    assert types.count("inventory.submitted") == 2 and types.count("commitment.made") == 3
