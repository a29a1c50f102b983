"""Deadline extensions through the API: an office (or an admin) moves a signatory's deadline, the
compliance engine honours it at once, and the rules are named when it cannot."""

from __future__ import annotations

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller, outbox_types

BASE = "/v1/covenant/signatories/SE90001"
EXTENSIONS = f"{BASE}/deadline-extensions"


async def test_an_extension_lifts_the_hold_until_its_new_date(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="europe") as office:
        # Committed 2024-03-01 in Europe: inventory, risk assessment and plans were due 2026-03-01 (today 2026-11-26).
        assert (await admin.put(BASE, json=signatory("Gamla", "SE", adhesion="2024-03-01"))).json()["status"] == "on_hold"
        head = (await office.get("/v1/covenant/signatories/changes")).json()["next_cursor"]

        def grant(item: str, pillar: str | None = None, due_on: str = "2027-03-31") -> dict:
            return {"item": item, "pillar": pillar, "due_on": due_on, "reason": "New council elected in 2026"}

        r = await office.post(EXTENSIONS, json=grant("plan"))
        assert r.status_code == 422 and [(e["rule"], e["pointer"]) for e in r.json()["errors"]] == [
            ("pillar_required", "/pillar")
        ]
        r = await office.post(EXTENSIONS, json=grant("energy_access_assessment"))
        assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "obligation_not_owed"
        r = await office.post(EXTENSIONS, json=grant("inventory", due_on="2026-01-01"))
        assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "extension_not_later"
        assert (await office.post(EXTENSIONS, json=grant("monitoring_plan"))).status_code == 422

        r = await office.post(EXTENSIONS, json=grant("inventory"))
        assert r.status_code == 201 and r.json()["pillar"] == "mitigation" and r.json()["granted_by"]
        for item, pillar in (("risk_assessment", None), ("plan", "mitigation"), ("plan", "adaptation")):
            assert (await office.post(EXTENSIONS, json=grant(item, pillar))).status_code == 201
        compliance = (await admin.get(f"{BASE}/compliance")).json()
        assert compliance["status"] == "published"
        assert {(m["item"], m["due_on"], m["overdue"]) for m in compliance["missing"]} == {
            ("inventory", "2027-03-31", False),
            ("risk_assessment", "2027-03-31", False),
            ("plan", "2027-03-31", False),
        }
        assert compliance["next_change_on"] == "2027-04-01"
        assert [e["item"] for e in (await admin.get(EXTENSIONS)).json()] == ["inventory", "risk_assessment", "plan", "plan"]
        moved = (await office.get("/v1/covenant/signatories/changes", params={"cursor": head})).json()
        assert [c["gcom_id"] for c in moved["items"]] == ["SE90001"]
    types = await outbox_types(app, short=True)
    assert types.count("deadline.extended") == 4 and "compliance.changed" in types


async def test_only_the_signatorys_own_office_or_an_admin_grants_one(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="east") as east:
        assert (await admin.put(BASE, json=signatory("Gamla", "SE", adhesion="2024-03-01"))).status_code == 201
        body = {"item": "inventory", "due_on": "2027-03-31", "reason": "elections"}
        assert (await east.post(EXTENSIONS, json=body)).status_code == 403
        assert (await admin.post(EXTENSIONS, json=body)).status_code == 201
        assert (await admin.post("/v1/covenant/signatories/XX00000/deadline-extensions", json=body)).status_code == 404
