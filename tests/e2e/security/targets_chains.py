"""Request builders for the coordination unit's review of opportunities (publish or reject what a partner
submitted), their renewal and declining a match. Opportunities are the own organisation's: a partner submits
them, only the coordination unit publishes or rejects them; renewing and declining are the owner's."""

from __future__ import annotations

from datetime import date, timedelta

from tests.e2e.security.requests import Request, builds, resource
from tests.e2e.security.scenario import World, ok, opportunity_body
from tests.e2e.security.targets_partners import _match, published

REASON = {"reason": "Checked by the authorisation matrix."}


async def _submitted(w: World) -> str:
    """An offer the own organisation's partner submitted (its key): waiting for the coordination unit's review."""
    body = opportunity_body("technology_offer", w.organisation_own, ["CO"])
    return (await ok(w.client_for("partner_own").post("/v1/opportunities", json=body), 201))["id"]


@builds("publish_submitted_opportunity", "reject_opportunity")
async def review_opportunity(w: World, op: str, fresh: bool, actor: str) -> Request:
    opportunity_id = await resource(w, fresh, "submitted_opportunity", lambda: _submitted(w))
    if op == "reject_opportunity":
        return Request("POST", f"/v1/opportunities/{opportunity_id}:reject", json=REASON)
    return Request("POST", f"/v1/opportunities/{opportunity_id}:publish", json={})


@builds("renew_opportunity")
async def renew_opportunity(w: World, op: str, fresh: bool, actor: str) -> Request:
    """An open offer of the own organisation: renewed, it stays open, so the rows share one."""

    async def make() -> str:
        return (await published(w, opportunity_body("technology_offer", w.organisation_own, ["CO"])))["id"]

    opportunity_id = await w.once("open_offer_to_renew", make)
    expires_on = (date.today() + timedelta(days=200 + w.number())).isoformat()
    return Request("POST", f"/v1/opportunities/{opportunity_id}:renew", json={"expires_on": expires_on})


@builds("decline_match")
async def decline_match(w: World, op: str, fresh: bool, actor: str) -> Request:
    """An open match of the own organisation's offer, declined for it (one per row, as the value-chains writes that consume)."""
    match_id = await _match(w, mutual=False)
    body = {"organisation_id": w.organisation_own, "reason": "We found a partner closer to home."}
    return Request("POST", f"/v1/matches/{match_id}:decline", json=body)
