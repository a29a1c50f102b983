"""The cases bench_lists.py measures: every list of the merged OpenAPI, each filter with realistic values, and how one is timed."""

from __future__ import annotations

import csv
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp
import orjson
from lists_api import CITIES, INVENTORIES, PAGE_PARAMS, SIGNATORIES, SLOW_MS, Api
from lists_seed import Seeded
from sqlalchemy import text

from deploy.stack import Stack
from shared.db import make_engine

# --- the values of each filter ----------------------------------------------------------


@dataclass
class Facts:
    """What the loaded data holds, read from the files and the API."""

    signatory_countries: Counter
    city_countries: Counter
    city_names: list[str]
    stats: dict
    regional_covenants: list[str]
    inventories_key: str
    members_key: str | None
    signatory_id: str
    regions: dict[str, str]  # level name -> a region id


def file_facts(data: Path) -> tuple[Counter, Counter, list[str], Counter]:
    """Countries of the signatories and cities files, city names, inventories per gcom id."""
    with open(data / SIGNATORIES, newline="", encoding="utf-8-sig") as f:
        sig = Counter(r["country_code"].upper() for r in csv.DictReader(f))
    with open(data / CITIES, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    cities = Counter(r["country_code"] for r in rows)
    big = sorted(rows, key=lambda r: -int(r["population"] or 0))
    names = [big[5]["name"], big[300]["name"]]
    inv: Counter = Counter()
    with open(data / INVENTORIES, newline="", encoding="utf-8-sig") as f:
        seen = set()
        for r in csv.DictReader(f):
            key = (r["GCoM_ID"], r["emission_inventory_id"])
            if key not in seen:
                seen.add(key)
                inv[r["GCoM_ID"]] += 1
    return sig, cities, names, inv


def rare(counter: Counter, minimum: int = 5) -> str:
    """A value with few (but at least `minimum`) rows."""
    return min((k for k, n in counter.items() if n >= minimum), key=lambda k: (counter[k], k))


async def api_facts(api: Api, stack: Stack, data: Path) -> Facts:
    sig, cities, names, inv = file_facts(data)
    stats = await api.get("/v1/covenant/stats")
    covenants = await api.get("/v1/covenant/regional-covenants")
    # The signatory with most inventories, and the group with most members (read from the database).
    engine = make_engine(stack.database_urls["covenant"])
    try:
        async with engine.connect() as conn:
            row = (
                await conn.execute(
                    text(
                        "select s.gcom_id, count(*) as n from inventories i join signatories s on s.id = i.signatory_id "
                        "where s.gcom_id is not null group by s.gcom_id order by n desc, s.gcom_id limit 1"
                    )
                )
            ).first()
            inventories_key = row[0] if row else inv.most_common(1)[0][0]
            row = (
                await conn.execute(
                    text(
                        "select g.gcom_id, g.id, count(*) as n from signatories m join signatories g "
                        "on g.organisation_id = m.group_organisation_id group by g.gcom_id, g.id order by n desc limit 1"
                    )
                )
            ).first()
            members_key = (row[0] or row[1]) if row else None
            signatory_id = await conn.scalar(text("select id from signatories where gcom_id = :g"), {"g": inventories_key})
    finally:
        await engine.dispose()
    regions: dict[str, str] = {}
    for level in (0, 1, 2, 3):
        page = await api.get("/v1/regions", level=level, country_code="ES", page_size=1)
        if page["items"]:
            regions[str(level)] = page["items"][0]["id"]
    return Facts(sig, cities, names, stats, list(covenants), inventories_key, members_key, signatory_id, regions)


def values_for(path: str, name: str, schema: dict, components: dict, f: Facts, s: Seeded) -> list[tuple[str, Any]]:
    """(label, value) pairs to try for one query parameter of one list endpoint."""
    sch = _non_null(schema, components)
    enum = sch.get("enum")
    if enum is None and (m := re.fullmatch(r"\^\(([\w|]+)\)\$", sch.get("pattern", ""))):
        enum = m.group(1).split("|")
    if enum is None and sch.get("type") == "array":
        item = _non_null(sch.get("items", {}), components)
        enum = item.get("enum")
    if enum is not None:
        return [(str(v), v) for v in enum]
    top_sig = f.signatory_countries.most_common(1)[0][0]
    top_city = f.city_countries.most_common(1)[0][0]
    by_name: dict[str, list[tuple[str, Any]]] = {
        "call_id": [("the call", s["call_id"])],
        "city_id": [("a city", s["city_id"])],
        "pairing_id": [("a pairing", s["pairing_id"])],
        "party_id": [("a party", s["party_id"])],
        "round_id": [("a round", s["round_id"])],
        "signatory_id": [("a signatory", f.signatory_id)],
        "match_id": [("a match", s.get("match_id", "none"))],
        "practice_id": [("a practice", s["practice_id"])],
        "organisation_id": [("an organisation", s["organisation_id"])],
        "opportunity_id": [("an opportunity", s["opportunity_id"])],
        "value_chain_id": [("a value chain", s["value_chain_id"])],
        "action_id": [("none harvested", "act-none")],
        "theme": [("climate", "climate"), ("water", "water")],
        "sector": [("energy", "energy")],
        "ecosystem": [("energy_renewables", "energy_renewables")],
        "badge": [(b, b) for b in sorted(f.stats.get("by_badge", {}))] or [("mitigation.inventory", "mitigation.inventory")],
        "regional_covenant": [(c, c) for c in f.regional_covenants],
        "region_id": [("ES51", "ES51"), ("CO-ANT", "CO-ANT")],
        "within": [("ES", "ES"), (f.regions.get("1", "ES5"), f.regions.get("1", "ES5"))],
        "nace_code": [("27", "27"), ("35.11", "35.11")],
        "q": [("a few letters", "san")],
        "sdg": [("13", 13), ("7", 7)],
        "level": [(str(n), n) for n in range(4)],
        "year": [("2021", 2021)],
        "region": [("eu", "eu"), ("latin_america_caribbean", "latin_america_caribbean")],
        "min_population": [("10,000", 10_000), ("1,000,000", 1_000_000)],
        "max_population": [("10,000", 10_000), ("1,000,000", 1_000_000)],
        "adhered_from": [("2020-01-01", "2020-01-01")],
        "adhered_to": [("2010-01-01", "2010-01-01")],
    }
    if path == "/v1/covenant/signatories" and name == "country":
        r = rare(f.signatory_countries)
        return [(f"{top_sig} (most)", top_sig), (f"{r} (few)", r)]
    if path == "/v1/cities":
        if name == "country_code":
            r = rare(f.city_countries)
            return [(f"{top_city} (most)", top_city), (f"{r} (few)", r)]
        if name == "q":
            return [("san (part)", "san"), (f"{f.city_names[1]} (name)", f.city_names[1])]
        if name in ("min_population", "max_population"):
            return [("100,000", 100_000), ("5,000,000", 5_000_000)]
    if path == "/v1/knowledge/search" and name == "q":
        return [("roofs", "roofs"), ("district heating", '"district heating"')]
    if path == "/v1/knowledge/search" and name == "country":
        return [("FR", "FR"), ("CO", "CO")]
    if path == "/v1/knowledge/resources" and name == "q":
        return [("guide", "guide")]
    if path == "/v1/organisations" and name == "country_code":
        return [("ES", "ES"), ("CO", "CO")]
    if path == "/v1/organisations" and name == "q":
        return [("sol", "sol")]
    if path == "/v1/regions":
        if name == "country_code":
            return [("DE", "DE"), ("CO", "CO")]
        if name == "q":
            return [("nord", "nord")]
        if name == "region_id":
            return [("ES51", "ES51")]
    if path == "/v1/innovation-strategies" and name == "region_id":
        return [("ES51", "ES51")]
    if path == "/v1/action-plans" and name == "city_id":
        return [("a paired city", s["pairing_city_id"])]
    if path == "/v1/action-plans" and name == "regional_covenant":
        return [(c, c) for c in f.regional_covenants]
    if path == "/v1/pairing/candidates" and name == "region_id":
        return [("ES51", s["region_profile_id"])]
    if path.startswith("/v1/action-plans/{plan_id}/actions") and name == "theme":
        return [("climate", "climate")]
    if name in by_name:
        return by_name[name]
    typ = sch.get("type")
    if typ == "integer":
        return [(str(sch.get("minimum", 1)), sch.get("minimum", 1))]
    if typ == "boolean":
        return [("true", "true"), ("false", "false")]
    return [("?", "unknown")]


def _non_null(schema: dict, components: dict) -> dict:
    """The schema without its `null` alternative, references resolved."""
    if "$ref" in schema:
        return _non_null(components[schema["$ref"].split("/")[-1]], components)
    for alt in schema.get("anyOf", []):
        if alt.get("type") != "null":
            return _non_null(alt, components)
    return schema


def path_values(f: Facts, s: Seeded) -> dict[str, tuple[str, str]]:
    """Path parameter -> (label, value): the record with most rows below it."""
    return {
        "plan_id": ("the seeded plan", s["plan_id"]),
        "indicator_id": ("the seeded indicator", s["indicator_id"]),
        "pairing_id": ("the confirmed pairing", s["pairing_id"]),
        "region_id": ("ES51", s["interest_region_id"]),
    }


# --- the cases --------------------------------------------------------------------------


@dataclass
class Case:
    path: str  # as in the OpenAPI document
    url: str  # path parameters filled
    filter: str  # "(none)" or the parameter
    label: str  # the value, as reported
    params: dict[str, Any]


def is_page(schema: dict, components: dict) -> bool:
    s = _non_null(schema, components)
    props = s.get("properties", {})
    return "items" in props and "next_page_token" in props


def list_endpoints(doc: dict) -> list[tuple[str, dict]]:
    """Every GET operation whose 200 answer is a page, by path."""
    components = doc.get("components", {}).get("schemas", {})
    out = []
    for path, ops in sorted(doc["paths"].items()):
        op = ops.get("get")
        if not op:
            continue
        schema = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {}).get("schema")
        if schema and is_page(schema, components):
            out.append((path, op))
    return out


def build_cases(doc: dict, f: Facts, s: Seeded) -> tuple[list[Case], list[str]]:
    components = doc.get("components", {}).get("schemas", {})
    cases: list[Case] = []
    unknown: list[str] = []
    fill = path_values(f, s)
    for path, op in list_endpoints(doc):
        url, labels = path, []
        for p in op.get("parameters", []):
            if p["in"] != "path":
                continue
            label, value = fill.get(p["name"], ("?", "unknown"))
            if p["name"] == "key":
                if path.endswith("/members"):
                    label, value = "the group with most members", f.members_key or "none"
                else:
                    label, value = "the signatory with most inventories", f.inventories_key
            if value == "unknown":
                unknown.append(f"{path}: path parameter {p['name']}")
            url = url.replace("{" + p["name"] + "}", str(value))
            labels.append(label)
        where = f" ({', '.join(labels)})" if labels else ""
        cases.append(Case(path, url, "(none)", where.strip(" ()") or "", {}))
        for p in op.get("parameters", []):
            if p["in"] != "query" or p["name"] in PAGE_PARAMS:
                continue
            for label, value in values_for(path, p["name"], p.get("schema", {}), components, f, s):
                if value == "unknown":
                    unknown.append(f"{path}: query parameter {p['name']}")
                cases.append(Case(path, url, p["name"], label, {p["name"]: value}))
    return cases, unknown


async def with_required(http: aiohttp.ClientSession, cases: list[Case]) -> list[Case]:
    """A list that answers 422 without one of its filters (e.g. candidates: city_id or region_id)
    has no unfiltered case; each case that is refused alone carries the first filter that works."""
    out: list[Case] = []
    paths = list(dict.fromkeys(c.path for c in cases))
    for path in paths:
        group = [c for c in cases if c.path == path]
        _ms, status, _ = await timed(http, group[0].url, wire(group[0].params))
        if status != 422:
            out += group
            continue
        alone = {}
        for c in group[1:]:
            alone[id(c)] = (await timed(http, c.url, wire(c.params)))[1]
        base = next((c for c in group[1:] if alone[id(c)] == 200), None)
        if base is None:
            out += group  # reported as errors
            continue
        print(f"  {path} answers 422 without a filter: cases refused alone also get {base.filter}={base.label}", flush=True)
        for c in group[1:]:
            if alone[id(c)] == 200:
                out.append(c)
            else:
                out.append(Case(path, c.url, c.filter, f"{c.label} + {base.filter}={base.label}", base.params | c.params))
    return out


# --- measuring --------------------------------------------------------------------------


@dataclass
class Way:
    ms: list[float] = field(default_factory=list)
    items: int = 0
    more: bool = False

    def p(self, q: float) -> float:
        return percentile(self.ms, q) if self.ms else float("nan")


@dataclass
class Timing:
    case: Case
    ways: dict[str, Way]
    error: str | None = None

    @property
    def worst_p99(self) -> float:
        return max((w.p(99) for w in self.ways.values() if w.ms), default=0.0)

    @property
    def slow(self) -> bool:
        return self.worst_p99 > SLOW_MS


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    s = sorted(values)
    return s[max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))]


async def timed(http: aiohttp.ClientSession, url: str, params: dict) -> tuple[float, int, dict]:
    t = time.perf_counter()
    async with http.get(url, params=params) as resp:
        body = await resp.read()
        ms = (time.perf_counter() - t) * 1000
        status = resp.status
    if status != 200:
        return ms, status, {"error": body[:300].decode(errors="replace")}
    return ms, status, orjson.loads(body)


def wire(params: dict) -> list[tuple[str, str]]:
    return [(k, str(v).lower() if isinstance(v, bool) else str(v)) for k, v in params.items()]


async def measure_case(http: aiohttp.ClientSession, case: Case, repeat: int, budget: float) -> Timing:
    ways: dict[str, Way] = {}
    variants = [("alone", dict(case.params)), ("100", dict(case.params, page_size=100))]
    for name, params in variants:
        _ms, status, body = await timed(http, case.url, wire(params))  # untimed: warms up, gives the token
        if status != 200:
            return Timing(case, ways, f"{name}: {status} {body.get('error')}")
        way = Way(items=len(body["items"]), more=bool(body.get("next_page_token")))
        ways[name] = way
        await run_way(http, case.url, wire(params), way, repeat, budget)
        if name == "100" and body.get("next_page_token"):
            second = dict(params, page_token=body["next_page_token"])
            _ms, status, body2 = await timed(http, case.url, wire(second))
            if status != 200:
                return Timing(case, ways, f"page 2: {status} {body2.get('error')}")
            ways["page 2"] = way2 = Way(items=len(body2["items"]), more=bool(body2.get("next_page_token")))
            await run_way(http, case.url, wire(second), way2, repeat, budget)
    return Timing(case, ways)


async def run_way(http, url: str, params, way: Way, repeat: int, budget: float) -> None:
    t0 = time.perf_counter()
    for _ in range(repeat):
        ms, status, body = await timed(http, url, params)
        if status != 200:
            raise RuntimeError(f"{url} {params}: {status} {body.get('error')}")
        way.ms.append(ms)
        # Past the budget, stop after 3 samples; a single sample of a third of the budget is enough.
        if time.perf_counter() - t0 > budget and (len(way.ms) >= 3 or ms > budget * 1000 / 3):
            break
