"""Request builders for the Covenant registry, the knowledge library and value chains. Signatories
are in the own office's covenant (Germany: europe); practices and resources belong to the own city;
organisations, opportunities, matches and chains to the own organisation. Partner keys are bound
to organisations only since issue 13, so every value-chains row that consumes gets its own resource."""

from __future__ import annotations

import secrets
from datetime import date, timedelta

from tests.e2e.security.requests import Request, builds, resource
from tests.e2e.security.scenario import World, ok, opportunity_body, organisation_body, unique

TODAY = date.today()
REASON = {"reason": "Checked by the authorisation matrix."}

# --- covenant ---------------------------------------------------------------------------


def _gcom_id() -> str:
    return f"DE{secrets.randbelow(10**7):07d}"


def signatory_body(**extra) -> dict:
    return {
        "name": unique("Gemeinde"),
        "country_code": "DE",
        "population": 120_000,
        "adhesion_date": (TODAY - timedelta(days=200)).isoformat(),
        "commitments": [{"pillar": "mitigation", "generation": "CoM2030"}],
    } | extra


async def _signatory(w: World) -> str:
    key = _gcom_id()
    await ok(w.admin.put(f"/v1/covenant/signatories/{key}", json=signatory_body()), 201)
    return key


@builds("upsert_signatory")
async def upsert_signatory(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("PUT", f"/v1/covenant/signatories/{_gcom_id()}", json=signatory_body())


@builds("batch_upsert_signatories")
async def batch_upsert_signatories(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/covenant/signatories:batchUpsert", json={"items": [{"gcom_id": _gcom_id(), **signatory_body()}]})


@builds("start_covenant_import")
async def start_covenant_import(w: World, op: str, fresh: bool, actor: str) -> Request:
    header = "organisation_id,organisation_name,country_code,date_of_adhesion,adhesion_type,gcom_id,commitment_CoM2030_flag"
    row = f"{secrets.randbelow(10**6)},{unique('Gemeinde')},de,2020-02-02,Individual,{_gcom_id()},1"
    return Request(
        "POST",
        "/v1/covenant/imports",
        params={"format": "mycovenant-signatories"},
        content=f"{header}\n{row}\n".encode(),
        headers={"Content-Type": "text/csv"},
    )


@builds("set_deadline_policy")
async def set_deadline_policy(w: World, op: str, fresh: bool, actor: str) -> Request:
    """Europe's policy, set to the values it has (the other rows of the session see no change)."""
    policies = await ok(w.admin.get("/v1/covenant/deadline-policies"))
    [europe] = [p for p in policies if p["regional_covenant"] == "europe"]
    fields = ("inventory_within_years", "assessment_within_years", "plan_within_years", "monitoring_every_years")
    return Request("PUT", "/v1/covenant/deadline-policies/europe", json={f: europe[f] for f in fields})


SIGNATORY_WRITES = {
    "make_commitment": ("/commitments", {"pillar": "adaptation", "generation": "CoM2030"}),
    "submit_inventory": (
        "/inventories",
        {"kind": "baseline", "year": 2022, "rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 812.5}]},
    ),
    "submit_report": ("/reports", {"kind": "action_plan", "title": "SECAP of the matrix"}),
    "submit_risk_assessment": (
        "/risk-assessments",
        {"year": 2024, "hazards": [{"hazard": "floods", "probability": "high", "impact": "high"}]},
    ),
    "submit_energy_access_assessment": ("/energy-access-assessments", {"year": 2024, "electricity_access_percent": 99.5}),
    "withdraw_signatory": (":withdraw", REASON),
}


@builds(*SIGNATORY_WRITES)
async def signatory_write(w: World, op: str, fresh: bool, actor: str) -> Request:
    key = await resource(w, fresh, "signatory", lambda: _signatory(w))
    suffix, body = SIGNATORY_WRITES[op]
    return Request("POST", f"/v1/covenant/signatories/{key}{suffix}", json=body)


@builds("delete_signatory")
async def delete_signatory(w: World, op: str, fresh: bool, actor: str) -> Request:
    key = await resource(w, fresh, "signatory", lambda: _signatory(w))
    return Request("DELETE", f"/v1/covenant/signatories/{key}", params={"reason": "registered twice"})


BASE_INVENTORY = {
    "kind": "baseline",
    "year": 2015,
    "rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 1200.0}],
}


async def base_inventory(w: World, key: str) -> None:
    """The inventory of 2015, which a base_year target of 2015 is measured against (once per signatory)."""

    async def make() -> None:
        await ok(w.admin.post(f"/v1/covenant/signatories/{key}/inventories", json=BASE_INVENTORY), 201)

    await w.once(f"base inventory {key}", make)


@builds("set_target")
async def set_target(w: World, op: str, fresh: bool, actor: str) -> Request:
    key = await resource(w, fresh, "signatory", lambda: _signatory(w))
    await base_inventory(w, key)
    [commitment] = await ok(w.admin.get(f"/v1/covenant/signatories/{key}/commitments"))
    body = {"type": "base_year", "base_year": 2015, "target_year": 2030, "reduction_percent": 55}
    return Request("POST", f"/v1/covenant/signatories/{key}/commitments/{commitment['id']}/targets", json=body)


# --- knowledge --------------------------------------------------------------------------


def practice_body(w: World) -> dict:
    return {
        "title": unique("Shaded allotments"),
        "summary": "Solar panels over community gardens.",
        "challenge": "Heat stress on urban farms.",
        "solution": "Canopies shade the beds and feed the grid.",
        "results": "Yields up 15 %, 400 MWh a year.",
        "themes": ["energy", "climate"],
        "sdgs": [7, 13],
        "locations": [{"name": "Own city", "city_id": w.city_own, "country_code": "DE"}],
        "year": 2026,
    }


async def _practice(w: World, state: str) -> str:
    """A practice the own city wrote (its key), submitted for review (pending) and published by an admin."""
    async with w.as_actor("city_own") as city:
        practice_id = (await ok(city.post("/v1/knowledge/practices", json=practice_body(w))))["id"]
        if state in ("pending", "published"):
            await ok(city.post(f"/v1/knowledge/practices/{practice_id}:submit"))
    if state == "published":
        await ok(w.admin.post(f"/v1/knowledge/practices/{practice_id}:publish"))
    return practice_id


PRACTICE_WRITES = {
    "update_practice": ("PATCH", "", {"results": "Yields up 20 %."}, "draft"),
    "submit_practice": ("POST", ":submit", None, "draft"),
    "archive_practice": ("POST", ":archive", REASON, "published"),
    "publish_practice": ("POST", ":publish", None, "pending"),
    "send_back_practice": ("POST", ":sendBack", REASON, "pending"),
}


@builds("create_practice")
async def create_practice(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/knowledge/practices", json=practice_body(w))


@builds(*PRACTICE_WRITES)
async def practice_write(w: World, op: str, fresh: bool, actor: str) -> Request:
    method, suffix, body, state = PRACTICE_WRITES[op]
    practice_id = await resource(w, fresh and op != "update_practice", f"practice_{state}", lambda: _practice(w, state))
    return Request(method, f"/v1/knowledge/practices/{practice_id}{suffix}", json=body)


def resource_body() -> dict:
    return {"kind": "link", "title": unique("Heat toolkit"), "url": "https://example.org/heat-toolkit", "themes": ["climate"]}


async def _resource(w: World) -> str:
    async with w.as_actor("city_own") as city:
        return (await ok(city.post("/v1/knowledge/resources", json=resource_body())))["id"]


@builds("create_knowledge_resource")
async def create_knowledge_resource(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/knowledge/resources", json=resource_body())


@builds("update_knowledge_resource", "delete_knowledge_resource")
async def knowledge_resource_write(w: World, op: str, fresh: bool, actor: str) -> Request:
    resource_id = await resource(w, fresh and op.startswith("delete"), "knowledge_resource", lambda: _resource(w))
    if op.startswith("delete"):
        return Request("DELETE", f"/v1/knowledge/resources/{resource_id}")
    return Request("PATCH", f"/v1/knowledge/resources/{resource_id}", json={"description": unique("A toolkit")})


# --- value chains -----------------------------------------------------------------------


@builds("register_organisation")
async def register_organisation(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/organisations", json=organisation_body("ES511", ["27.20"], ["flow cell storage"]))


@builds("update_organisation")
async def update_organisation(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("PATCH", f"/v1/organisations/{w.organisation_own}", json={"description": unique("Battery storage")})


@builds("publish_opportunity")
async def publish_opportunity(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/opportunities", json=opportunity_body("technology_offer", w.organisation_own, ["CO"]))


async def published(w: World, body: dict) -> dict:
    """An opportunity submitted and published by the coordination unit (published, it is open and matched)."""
    opp = await ok(w.admin.post("/v1/opportunities", json=body))
    return await ok(w.admin.post(f"/v1/opportunities/{opp['id']}:publish", json={}))


async def _offer(w: World) -> dict:
    return await published(w, opportunity_body("technology_offer", w.organisation_own, ["CO"]))


@builds("withdraw_opportunity", "match_opportunity")
async def opportunity_step(w: World, op: str, fresh: bool, actor: str) -> Request:
    # Every row withdraws an offer of its own: a refusal that does not hold must not hide the next row's answer.
    offer = await _offer(w) if op == "withdraw_opportunity" else await w.once("match_offer", lambda: _offer(w))
    return Request("POST", f"/v1/opportunities/{offer['id']}:{op.split('_')[0]}")


async def _match(w: World, *, mutual: bool) -> str:
    """A match between a new offer of the own organisation and a new request of a new counterpart
    (two organisations that signed an agreement are not matched again)."""
    counterpart = organisation_body("CO-ANT", ["35.11"], ["flow cell storage", "campus microgrid"])
    counterpart_id = (await ok(w.admin.post("/v1/organisations", json=counterpart)))["id"]
    # A keyword of the pair's own ranks it first: matching proposes only the best few of the many open offers.
    keyword = unique("pilot").replace(" ", "")
    offer = await published(w, opportunity_body("technology_offer", w.organisation_own, ["CO"], keyword))
    request = await published(w, opportunity_body("technology_request", counterpart_id, ["ES"], keyword))
    matches = (await ok(w.admin.get("/v1/matches", params={"opportunity_id": request["id"], "page_size": 100})))["items"]
    [match] = [m for m in matches if m["offer_id"] == offer["id"]]
    if mutual:
        for organisation_id in (w.organisation_own, counterpart_id):
            await ok(w.admin.post(f"/v1/matches/{match['id']}:expressInterest", json={"organisation_id": organisation_id}))
    return match["id"]


@builds("express_match_interest")
async def express_match_interest(w: World, op: str, fresh: bool, actor: str) -> Request:
    match_id = await _match(w, mutual=False)  # one per row, as for every value-chains write that consumes
    body = {"organisation_id": w.organisation_own, "message": "Interested."}
    return Request("POST", f"/v1/matches/{match_id}:expressInterest", json=body)


@builds("sign_agreement")
async def sign_agreement(w: World, op: str, fresh: bool, actor: str) -> Request:
    match_id = await _match(w, mutual=True)
    return Request(
        "POST", "/v1/agreements", json={"match_id": match_id, "kind": "technical_cooperation", "title": "Pilot mini-grid"}
    )


def chain_body(w: World) -> dict:
    return {
        "title": unique("Solar storage chain"),
        "ecosystem": "energy_renewables",
        "lead_organisation_id": w.organisation_own,
        "region_ids": ["ES51", "CO-ANT"],
        "stages": [
            {"key": "cells", "name": "Battery cells", "nace_codes": ["27.20"]},
            {"key": "integration", "name": "Mini-grid integration", "nace_codes": ["27.90"]},
        ],
        "participants": [{"organisation_id": w.organisation_own, "stage_key": "cells", "role": "producer"}],
    }


@builds("create_value_chain")
async def create_value_chain(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/value-chains", json=chain_body(w))


async def _chain(w: World) -> dict:
    return await ok(w.admin.post("/v1/value-chains", json=chain_body(w)))


@builds("add_value_chain_participant", "remove_value_chain_participant", "match_value_chain_gaps")
async def chain_write(w: World, op: str, fresh: bool, actor: str) -> Request:
    chain = await w.once("chain", lambda: _chain(w)) if op == "match_value_chain_gaps" else await _chain(w)
    if op == "add_value_chain_participant":
        body = {"organisation_id": w.organisation_own, "stage_key": "integration", "role": "integrator"}
        return Request("POST", f"/v1/value-chains/{chain['id']}/participants", json=body)
    if op == "remove_value_chain_participant":
        return Request("DELETE", f"/v1/value-chains/{chain['id']}/participants/{chain['participants'][0]['id']}")
    return Request("POST", f"/v1/value-chains/{chain['id']}:matchGaps")


def strategy_body() -> dict:
    priority = {"title": "Battery storage", "ecosystem": "energy_renewables", "nace_codes": ["27.20"]}
    return {
        "region_id": "ES51",
        "title": unique("RIS3 Catalonia"),
        "period_start": 2021,
        "period_end": 2027,
        "priorities": [priority],
    }


@builds("create_innovation_strategy")
async def create_innovation_strategy(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/innovation-strategies", json=strategy_body())


@builds("update_innovation_strategy")
async def update_innovation_strategy(w: World, op: str, fresh: bool, actor: str) -> Request:
    async def make() -> str:
        return (await ok(w.admin.post("/v1/innovation-strategies", json=strategy_body())))["id"]

    strategy_id = await w.once("strategy", make)
    return Request("PATCH", f"/v1/innovation-strategies/{strategy_id}", json={"description": unique("Smart specialisation")})


# EU regions that express interest in a LAC region, one per succeeding row (a second interest is 409).
INTEREST_REGIONS = ["ES51", "ES52", "ES30", "FR10", "DE30", "PT11", "ITC4", "NL32", "BE10", "AT13", "PL91", "SE11"]


@builds("express_region_interest")
async def express_region_interest(w: World, op: str, fresh: bool, actor: str) -> Request:
    w.pools.setdefault("interest_region", list(INTEREST_REGIONS))
    region_id = w.take("interest_region") if fresh else "FI1B"
    body = {"partner_region_id": "CO-ANT", "ecosystems": ["energy_renewables"], "message": "Shall we cooperate?"}
    return Request("POST", f"/v1/regions/{region_id}/interests", json=body)
