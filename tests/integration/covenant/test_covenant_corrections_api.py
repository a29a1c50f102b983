"""Corrections of what a signatory submitted: PATCH and DELETE with If-Match, each written to the
history, compliance reassessed, the signatory moved in the change feed, and offices held to
their own covenant."""

from __future__ import annotations

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller, outbox_types

SIGNATORIES = "/v1/covenant/signatories"
BASE = f"{SIGNATORIES}/SE90001"
ROWS = [{"sector": "transport", "scope": "direct", "emissions_tco2e": 1000}]


async def feed_head(client) -> str:
    return (await client.get(f"{SIGNATORIES}/changes")).json()["items"][-1]["gcom_id"]


async def test_an_inventory_is_corrected_and_deleted_with_its_history(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="europe") as office:
        assert (await admin.put(BASE, json=signatory("Gamla", "SE", adhesion="2020-01-10"))).status_code == 201
        assert (await admin.put(f"{SIGNATORIES}/SE90002", json=signatory("Nya", "SE"))).status_code == 201
        inv = (await office.post(f"{BASE}/inventories", json={"kind": "baseline", "year": 2010, "rows": ROWS})).json()
        [mitigation] = [c for c in (await admin.get(f"{BASE}/commitments")).json() if c["pillar"] == "mitigation"]
        target = {"type": "base_year", "base_year": 2010, "target_year": 2030, "reduction_percent": 50}
        t = (await office.post(f"{BASE}/commitments/{mitigation['id']}/targets", json=target)).json()
        assert t["level_tco2e"] == 500
        await admin.put(f"{SIGNATORIES}/SE90002", json=signatory("Nya", "SE", population=5))
        assert await feed_head(office) == "SE90002"

        url = f"{BASE}/inventories/{inv['id']}"
        rows = [
            {"sector": "transport", "scope": "direct", "emissions_tco2e": 800},
            {"sector": "waste", "scope": "direct", "emissions_tco2e": 400},
        ]
        assert (await office.patch(url, json={"rows": rows}, headers={"If-Match": '"7"'})).status_code == 412
        assert (await office.patch(url, json={"year": None})).status_code == 422
        r = await office.patch(url, json={"rows": rows, "population": 1200}, headers={"If-Match": f'"{inv["version"]}"'})
        assert r.status_code == 200 and r.json()["total_emissions_tco2e"] == 1200 and r.json()["version"] == inv["version"] + 1
        assert r.headers["etag"] == f'"{inv["version"] + 1}"'
        assert await feed_head(office) == "SE90001"
        # The target measured against the inventory's year follows its total.
        [after] = (await admin.get(f"{BASE}/targets")).json()
        assert after["base_emissions_tco2e"] == 1200 and after["level_tco2e"] == 600

        # While a base_year target stands on it, the inventory stays.
        r = await admin.delete(url)
        assert r.status_code == 409 and r.json()["errors"][0]["rule"] == "base_year_inventory_missing"
        assert (await admin.delete(f"{BASE}/targets/{t['id']}", headers={"If-Match": '"9"'})).status_code == 412
        assert (await admin.delete(f"{BASE}/targets/{t['id']}")).status_code == 204
        assert (await admin.delete(url)).status_code == 204
        assert (await admin.get(url)).status_code == 404
        assert (await admin.delete(url)).status_code == 404
        assert "mitigation.inventory" not in (await admin.get(BASE)).json()["badges"]

        history = (await admin.get(f"{BASE}/history")).json()["items"]
        assert [(h["resource"], h["action"]) for h in history] == [
            ("inventory", "updated"),
            ("target", "updated"),
            ("target", "deleted"),
            ("inventory", "deleted"),
        ]
        first = history[0]
        assert first["actor_role"] == "covenant_office" and first["resource_id"] == inv["id"]
        assert first["changes"]["total_emissions_tco2e"] == {"from": 1000, "to": 1200}
        assert first["changes"]["population"] == {"from": None, "to": 1200}
        assert history[1]["changes"] == {"base_emissions_tco2e": {"from": 1000, "to": 1200}}
        assert history[3]["changes"]["from"]["year"] == 2010
        # It names the keys that made the changes: the signatory's office, admins and dashboards read it, nobody else
        assert (await office.get(f"{BASE}/history")).json()["items"] == history
        async with caller(app, "dashboard") as dashboard, caller(app, "partner") as partner:
            assert (await dashboard.get(f"{BASE}/history")).status_code == 200
            assert (await partner.get(f"{BASE}/history")).status_code == 403
        async with caller(app, "covenant_office", regional_covenant="east") as other_office:
            assert (await other_office.get(f"{BASE}/history")).status_code == 403
    types = await outbox_types(app, short=True)
    assert types.count("inventory.submitted") == 2  # the submission and its revision
    assert types.count("submission.corrected") == 4


async def test_assessments_reports_and_targets_are_corrected_and_reassessed(app):
    async with caller(app) as admin:
        assert (await admin.put(BASE, json=signatory("Gamla", "SE", adhesion="2020-01-10"))).status_code == 201
        hazards = [{"hazard": "floods", "probability": "high", "impact": "high"}]
        risk = (await admin.post(f"{BASE}/risk-assessments", json={"year": 2021, "hazards": hazards})).json()
        r = await admin.patch(f"{BASE}/risk-assessments/{risk['id']}", json={"year": 2022, "vulnerable_groups": ["elderly"]})
        assert r.status_code == 200 and r.json()["year"] == 2022 and r.json()["version"] == 2
        access = (await admin.post(f"{BASE}/energy-access-assessments", json={"year": 2021})).json()
        r = await admin.patch(f"{BASE}/energy-access-assessments/{access['id']}", json={"electricity_access_percent": 99})
        assert r.status_code == 200 and r.json()["electricity_access_percent"] == 99
        assert (await admin.delete(f"{BASE}/energy-access-assessments/{access['id']}")).status_code == 204

        plan = (await admin.post(f"{BASE}/reports", json={"kind": "action_plan", "title": "SECAP"})).json()
        assert "mitigation.plan" in (await admin.get(BASE)).json()["badges"]
        r = await admin.patch(f"{BASE}/reports/{plan['id']}", json={"kind": "monitoring_report", "title": "Monitoring"})
        assert r.status_code == 200 and r.json()["kind"] == "monitoring_report"
        assert "mitigation.plan" not in (await admin.get(BASE)).json()["badges"]  # reassessed at once
        same = await admin.patch(f"{BASE}/reports/{plan['id']}", json={"title": "Monitoring"})
        assert same.json()["version"] == r.json()["version"]  # nothing changed, nothing written

        [mitigation] = [c for c in (await admin.get(f"{BASE}/commitments")).json() if c["pillar"] == "mitigation"]
        t = await admin.post(
            f"{BASE}/commitments/{mitigation['id']}/targets",
            json={"type": "fixed_level", "target_year": 2030, "fixed_level_tco2e": 9},
        )
        url = f"{BASE}/targets/{t.json()['id']}"
        r = await admin.patch(url, json={"type": "baseline_scenario"})
        assert r.status_code == 422 and {e["rule"] for e in r.json()["errors"]} == {
            "field_not_for_type",
            "reduction_percent_required",
            "bau_projection_required",
        }
        r = await admin.patch(
            url,
            json={"type": "baseline_scenario", "fixed_level_tco2e": None, "reduction_percent": 30, "bau_emissions_tco2e": 1000},
        )
        assert r.status_code == 200 and r.json()["level_tco2e"] == 700 and r.json()["version"] == 2

        history = (await admin.get(f"{BASE}/history", params={"page_size": 2})).json()
        assert len(history["items"]) == 2 and history["next_page_token"]
        rest = (await admin.get(f"{BASE}/history", params={"page_token": history["next_page_token"]})).json()["items"]
        assert [h["resource"] for h in history["items"] + rest] == [
            "risk_assessment",
            "energy_access_assessment",
            "energy_access_assessment",
            "report",
            "target",
        ]
        assert rest[-1]["changes"]["type"] == {"from": "fixed_level", "to": "baseline_scenario"}


async def test_an_office_corrects_only_its_own_covenants_signatories(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="east") as east:
        assert (await admin.put(BASE, json=signatory("Gamla", "SE"))).status_code == 201
        report = (await admin.post(f"{BASE}/reports", json={"kind": "monitoring_report"})).json()
        assert (await east.patch(f"{BASE}/reports/{report['id']}", json={"title": "x"})).status_code == 403
        assert (await east.delete(f"{BASE}/reports/{report['id']}")).status_code == 403
        assert (await admin.get(f"{BASE}/history")).json()["items"] == []
        assert (await east.get(f"{BASE}/history")).status_code == 403  # it names keys: the own office's only
