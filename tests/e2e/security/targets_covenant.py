"""Request builders for corrections of what a signatory submitted (PATCH and DELETE of its inventories,
targets, assessments and reports) and for deadline extensions. Every signatory is in the own office's
covenant (Germany: europe), its submissions made by the coordination unit; a deletion gets a record of its own."""

from __future__ import annotations

from datetime import date, timedelta

from tests.e2e.security.requests import Request, builds, resource
from tests.e2e.security.scenario import World, ok, unique
from tests.e2e.security.targets_partners import SIGNATORY_WRITES, _signatory, base_inventory

# resource path -> (the submission that makes one, a correction of it)
RECORDS = {
    "inventories": ("submit_inventory", {"rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 799.5}]}),
    "risk-assessments": ("submit_risk_assessment", {"vulnerable_groups": ["elderly people"]}),
    "energy-access-assessments": ("submit_energy_access_assessment", {"electricity_access_percent": 99.7}),
    "reports": ("submit_report", {"title": "SECAP of the matrix, corrected"}),
}
TARGET = {"type": "base_year", "base_year": 2015, "target_year": 2030, "reduction_percent": 55}


async def _record(w: World, kind: str) -> tuple[str, str]:
    """(signatory key, record id): a signatory of the own covenant with one submission of this kind."""
    key = await _signatory(w)
    base = f"/v1/covenant/signatories/{key}"
    if kind == "targets":
        await base_inventory(w, key)
        [commitment] = await ok(w.admin.get(f"{base}/commitments"))
        target = await ok(w.admin.post(f"{base}/commitments/{commitment['id']}/targets", json=TARGET), 201)
        return key, target["id"]
    suffix, body = SIGNATORY_WRITES[RECORDS[kind][0]]
    return key, (await ok(w.admin.post(base + suffix, json=body), 201))["id"]


# operationId -> the resource path it corrects or deletes
CORRECTIONS = {
    "correct_inventory": "inventories",
    "correct_target": "targets",
    "correct_risk_assessment": "risk-assessments",
    "correct_energy_access_assessment": "energy-access-assessments",
    "correct_report": "reports",
}
DELETIONS = {op.replace("correct_", "delete_"): kind for op, kind in CORRECTIONS.items()}


@builds(*CORRECTIONS)
async def correct_record(w: World, op: str, fresh: bool, actor: str) -> Request:
    """A correction leaves the record in place: the rows of an operation share one."""
    kind = CORRECTIONS[op]
    key, record_id = await w.once(f"record {kind}", lambda: _record(w, kind))
    body = {"description": unique("Measured against 2015")} if kind == "targets" else RECORDS[kind][1]
    return Request("PATCH", f"/v1/covenant/signatories/{key}/{kind}/{record_id}", json=body)


@builds(*DELETIONS)
async def delete_record(w: World, op: str, fresh: bool, actor: str) -> Request:
    kind = DELETIONS[op]
    key, record_id = await resource(w, fresh, f"record to delete {kind}", lambda: _record(w, kind))
    return Request("DELETE", f"/v1/covenant/signatories/{key}/{kind}/{record_id}")


@builds("grant_deadline_extension")
async def grant_deadline_extension(w: World, op: str, fresh: bool, actor: str) -> Request:
    """A new signatory owes its baseline inventory: the extension moves it three months past its due date."""
    key = await resource(w, fresh, "signatory owing an inventory", lambda: _signatory(w))
    compliance = await ok(w.admin.get(f"/v1/covenant/signatories/{key}/compliance"))
    owed = [date.fromisoformat(m["due_on"]) for m in compliance["missing"] if m["item"] == "inventory"]
    assert owed, f"setup: signatory {key} owes no inventory: {compliance['missing']}"
    body = {"item": "inventory", "due_on": (max(owed) + timedelta(days=90)).isoformat(), "reason": "Data delayed by a flood."}
    return Request("POST", f"/v1/covenant/signatories/{key}/deadline-extensions", json=body)
