"""What bench_lists.py loads and seeds: the real files through the imports, a little of every other service through the public API."""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lists_api import Api

# --- talking to the gateway -------------------------------------------------------------


# --- the rest of the platform, seeded a little ------------------------------------------


@dataclass
class Seeded:
    """Ids and values of what the seeding wrote, for the filters."""

    values: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.values[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


THEMES = ["climate", "mobility", "circular_economy", "energy", "water"]


async def wait_for(fetch, done, what: str, timeout: float = 120.0):
    t0 = time.perf_counter()
    while True:
        value = await fetch()
        if done(value):
            return value
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError(f"{what}: not there after {timeout:g} s")
        await asyncio.sleep(0.3)


async def seed_applications(api: Api, s: Seeded) -> None:
    """A call, 24 imported cities with themes and applications, a pairing round."""
    t = date.today()
    call = await api.post(
        "/v1/calls",
        {
            "title": "IUC city pairing (benchmark)",
            "component": "city_pairing",
            "opens_on": (t - timedelta(days=10)).isoformat(),
            "closes_on": (t + timedelta(days=60)).isoformat(),
            "eligible_regions": ["eu", "latin_america_caribbean"],
            "themes": THEMES,
        },
    )
    await api.post(
        "/v1/calls",
        {
            "title": "Regional innovation (benchmark)",
            "component": "regional_innovation",
            "opens_on": (t - timedelta(days=10)).isoformat(),
            "closes_on": (t + timedelta(days=90)).isoformat(),
        },
    )
    s["call_id"] = call["id"]
    cities = []
    for region in ("eu", "latin_america_caribbean"):
        page = await api.get("/v1/cities", world_region=region, min_population=300_000, page_size=12)
        cities += page["items"]
    for k, city in enumerate(cities):
        themes = [THEMES[k % 5], THEMES[(k + 2) % 5]]
        await api.patch(
            f"/v1/cities/{city['id']}",
            {"themes": themes, "sdgs": [11, 13] if k % 2 else [7, 11], "challenges": "Heat islands and flooding."},
        )
        app = await api.post(
            "/v1/applications",
            {
                "call_id": call["id"],
                "city_id": city["id"],
                "title": f"Cooperation of {city['name']}",
                "summary": "Exchange on urban heat and low-car districts.",
                "themes": themes[:1],
            },
        )
        fate = "accept" if k % 12 < 8 else ("draft", "submit", "reject", "withdraw")[k % 4]
        if fate == "draft":
            continue
        await api.post(f"/v1/applications/{app['id']}:submit")
        if fate == "submit":
            continue
        if fate == "withdraw":
            await api.post(f"/v1/applications/{app['id']}:withdraw", {"reason": "Council elections."})
            continue
        await api.post(
            f"/v1/applications/{app['id']}/reviews",
            {"scores": {"relevance": 4, "feasibility": 4}, "recommendation": "yes" if fate == "accept" else "no"},
        )
        decision = ":accept" if fate == "accept" else ":reject"
        await api.post(f"/v1/applications/{app['id']}{decision}", {"reason": "Benchmark decision."})
    s["city_id"] = cities[0]["id"]
    accepted = sum(1 for k in range(len(cities)) if k % 12 < 8)

    await wait_for(
        lambda: api.get("/v1/pairing/city-profiles", call_id=call["id"], page_size=100),
        lambda p: len(p["items"]) >= accepted,
        "city profiles",
    )
    await api.put(
        "/v1/pairing/region-profiles/ES51",
        {"name": "Catalunya", "population": 7_700_000, "themes": ["energy"], "call_ids": [call["id"]]},
    )
    await api.put(
        "/v1/pairing/region-profiles/CO-ANT",
        {"name": "Antioquia", "population": 6_600_000, "themes": ["energy"], "call_ids": [call["id"]]},
    )
    s["region_profile_id"] = "ES51"
    first = await api.post("/v1/pairing/rounds", {"call_id": call["id"], "solver": "optimal"})
    proposals = first["proposals"]
    confirmed = []
    for p in proposals[:2]:
        for party in (p["party_a"]["id"], p["party_b"]["id"]):
            r = await api.post(f"/v1/pairing/pairings/{p['id']}:accept", {"party_id": party})
        confirmed.append(r)
    declined = proposals[2]
    await api.post(
        f"/v1/pairing/pairings/{declined['id']}:decline",
        {"party_id": declined["party_b"]["id"], "reason": "Our council prefers another partner."},
    )
    a, b = proposals[3]["party_a"]["id"], proposals[4]["party_b"]["id"]
    await api.post("/v1/pairing/forbidden-pairs", {"call_id": call["id"], "party_ids": [a, b], "reason": "Same consortium."})
    second = await api.post("/v1/pairing/rounds", {"call_id": call["id"], "solver": "greedy"})
    pairing = confirmed[0]
    for k, kind in enumerate(("study_tour", "staff_exchange", "training", "seminar", "study_tour", "training")):
        await api.post(
            f"/v1/pairing/pairings/{pairing['id']}/activities",
            {
                "kind": kind,
                "title": f"{kind.replace('_', ' ').title()} {k + 1}",
                "host_party_id": pairing["party_a"]["id"] if k % 2 else pairing["party_b"]["id"],
                "starts_on": (t + timedelta(days=30 * k)).isoformat(),
                "ends_on": (t + timedelta(days=30 * k + 3)).isoformat(),
                "participants": 6 + k,
            },
        )
    s["pairing_id"] = pairing["id"]
    s["party_id"] = pairing["party_a"]["id"]
    s["round_id"] = second["id"]
    s["pairing_city_id"] = pairing["party_a"]["id"]


async def seed_action_plans(api: Api, s: Seeded) -> None:
    """Actions, indicators, measurements and a report in a local action plan of the confirmed pairing."""
    plans = await wait_for(
        lambda: api.get("/v1/action-plans", pairing_id=s["pairing_id"]),
        lambda p: len(p["items"]) >= 2,
        "the pairing's local action plans",
    )
    plan = plans["items"][0]
    s["plan_id"] = plan["id"]
    t = date.today()
    for k in range(8):
        await api.post(
            f"/v1/action-plans/{plan['id']}/actions",
            {
                "title": f"Action {k + 1}",
                "kind": ("pilot_project", "investment")[k % 2],
                "theme": THEMES[k % 3],
                "starts_on": t.isoformat(),
                "ends_on": (t + timedelta(days=200 + 10 * k)).isoformat(),
                "budget": {"amount": 10_000 * (k + 1), "currency": "EUR"},
            },
        )
    indicators = []
    for k in range(3):
        ind = await api.post(
            f"/v1/action-plans/{plan['id']}/indicators",
            {
                "name": f"Indicator {k + 1}",
                "unit": "m2",
                "direction": "increase",
                "baseline": {"value": 100, "on": (t - timedelta(days=30)).isoformat()},
                "goals": [{"on": (t + timedelta(days=300)).isoformat(), "value": 4000}],
            },
        )
        indicators.append(ind)
    for k in range(6):
        await api.post(
            f"/v1/action-plans/indicators/{indicators[0]['id']}/measurements",
            {"on": (t - timedelta(days=20 - k)).isoformat(), "value": 100 + 50 * k, "data_source": "site survey"},
        )
    await api.post(
        f"/v1/action-plans/{plan['id']}/reports",
        {"title": "First progress report", "period_start": t.isoformat(), "period_end": (t + timedelta(days=1)).isoformat()},
    )
    s["indicator_id"] = indicators[0]["id"]


SDG_BY_THEME = {"climate": [13], "mobility": [11], "circular_economy": [12], "energy": [7], "water": [6]}


async def seed_knowledge(api: Api, s: Seeded) -> None:
    """24 practices (16 published, 4 pending, 4 drafts) and 8 resources."""
    places = [
        ("Lyon", "FR"),
        ("Bologna", "IT"),
        ("Medellin", "CO"),
        ("Curitiba", "BR"),
        ("Valencia", "ES"),
        ("Rosario", "AR"),
    ]
    practice_ids = []
    for k in range(24):
        theme = THEMES[k % 5]
        name, cc = places[k % len(places)]
        body = {
            "title": f"Green roofs and district heating in {name} ({k + 1})",
            "summary": "Solar panels over community gardens and heat from a data centre.",
            "challenge": "Heat stress and energy poverty.",
            "solution": "Rooftop solar, composting and protected cycle lanes for residents.",
            "results": "Emissions fell by 400 tonnes a year.",
            "lessons_learnt": "Involving residents early avoided opposition later on.",
            "kind": "lessons_learnt" if k % 6 == 5 else "good_practice",
            "themes": [theme],
            "sdgs": SDG_BY_THEME[theme],
            "sectors": ["energy" if k % 2 else "transport"],
            "locations": [{"name": name, "country_code": cc} | ({"city_id": s["city_id"]} if k % 4 == 0 else {})],
            "year": 2018 + k % 8,
        }
        p = await api.post("/v1/knowledge/practices", body)
        practice_ids.append(p["id"])
        if k % 6 < 5 or k < 12:
            await api.post(f"/v1/knowledge/practices/{p['id']}:submit")
            if k < 16:
                await api.post(f"/v1/knowledge/practices/{p['id']}:publish")
    for k in range(8):
        theme = THEMES[k % 5]
        await api.post(
            "/v1/knowledge/resources",
            {
                "kind": ("document", "link", "training_material")[k % 3],
                "title": f"Guide to {theme.replace('_', ' ')} {k + 1}",
                "url": f"https://example.org/guides/{k + 1}",
                "themes": [theme],
                "sdgs": SDG_BY_THEME[theme],
                "sectors": ["energy" if k % 2 else "transport"],
                "practice_id": practice_ids[k],
            },
        )
    s["practice_id"] = practice_ids[0]


async def seed_value_chains(api: Api, s: Seeded) -> None:
    """Organisations both sides, offers and requests (matched), interest, an agreement, a chain, strategies."""
    expires = (date.today() + timedelta(days=180)).isoformat()
    orgs: list[dict] = []
    specs = [
        ("Bateries Solars SL", "ES511", ["27.20"]),
        ("Wind Parts GmbH", "DE111", ["28.11"]),
        ("Agro Sensors SRL", "ITC11", ["26.51"]),
        ("Circular Plastics BV", "NL32", ["22.29"]),
        ("Energía Andina SAS", "CO-ANT", ["35.11", "27.90"]),
        ("Soluções Verdes Ltda", "BR-SP", ["35.11"]),
        ("Agua Limpia SA", "CL-RM", ["36.00"]),
        ("Reciclaje Perú SAC", "PE-LIM", ["38.32"]),
    ]
    for k, (name, region, nace) in enumerate(specs):
        o = await api.post(
            "/v1/organisations",
            {
                "name": name,
                "kind": ("sme", "cluster", "research", "large_company")[k % 4],
                "size_band": "large" if k % 4 == 3 else "small",
                "region_id": region,
                "nace_codes": nace,
                "keywords": ["battery storage", "solar mini-grids", "recycling"],
                "description": "Storage and recycling for solar mini-grids.",
            },
        )
        orgs.append(o)
    eu, lac = orgs[:4], orgs[4:]
    opportunity = {}
    offers = [
        (eu[0], "technology_offer", ["CO", "PE"]),
        (eu[1], "business_offer", ["CO", "BR"]),
        (lac[0], "technology_request", ["ES"]),
        (lac[1], "business_request", ["ES", "DE"]),
        (lac[2], "rd_request", ["IT"]),
    ]
    for k, (org, kind, targets) in enumerate(offers):
        o = await api.post(
            "/v1/opportunities",
            {
                "kind": kind,
                "organisation_id": org["id"],
                "title": f"Battery storage for solar mini-grids {k + 1}",
                "description": "Battery management and second-life lithium packs for rural solar mini-grids.",
                "keywords": ["battery storage", "solar mini-grids"],
                "nace_codes": org["nace_codes"][:1],
                "target_region_ids": targets,
                "ecosystem": "energy_renewables",
                "expires_on": expires,
            },
        )
        # Reviewed before publication (issue 17): published here, which proposes its matches
        await api.post(f"/v1/opportunities/{o['id']}:publish", {})
        opportunity[k] = o
    matches = (await api.get("/v1/matches", page_size=100))["items"]
    if matches:
        m = matches[0]
        for oid in m["organisation_ids"]:
            await api.post(f"/v1/matches/{m['id']}:expressInterest", {"organisation_id": oid, "message": "Hola"})
        await api.post("/v1/agreements", {"match_id": m["id"], "kind": "technical_cooperation", "title": "Pilot mini-grid"})
        s["match_id"] = m["id"]
    s["opportunity_id"] = opportunity[2]["id"]
    chain = await api.post(
        "/v1/value-chains",
        {
            "title": "Solar storage chain",
            "ecosystem": "energy_renewables",
            "lead_organisation_id": eu[0]["id"],
            "region_ids": ["ES51", "CO-ANT"],
            "stages": [
                {"key": "cells", "name": "Battery cells", "nace_codes": ["27.20"]},
                {"key": "integration", "name": "Mini-grid integration", "nace_codes": ["27.90"]},
            ],
            "participants": [
                {"organisation_id": eu[0]["id"], "stage_key": "cells", "role": "producer"},
                {"organisation_id": lac[0]["id"], "stage_key": "cells", "role": "customer"},
            ],
        },
    )
    s["value_chain_id"] = chain["id"]
    s["organisation_id"] = eu[0]["id"]
    for region, title in (("ES51", "RIS3 Catalunya"), ("ITC1", "S3 Piemonte"), ("CO", "CTeI Colombia")):
        await api.post(
            "/v1/innovation-strategies",
            {
                "region_id": region,
                "title": title,
                "period_start": 2021,
                "period_end": 2027,
                "priorities": [
                    {"title": "Renewable energy", "ecosystem": "energy_renewables", "nace_codes": ["35.11"]},
                    {"title": "Agri-food", "ecosystem": "agri_food", "nace_codes": ["10.11"]},
                ],
            },
        )
    for partner in ("CO-ANT", "BR-SP"):
        await api.post("/v1/regions/ES51/interests", {"partner_region_id": partner, "ecosystems": ["energy_renewables"]})
    s["interest_region_id"] = "ES51"
