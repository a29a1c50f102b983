"""The world the authorisation matrix acts on, built once per session through the real API.

Two cities (the resource's own and another), a call, one pairing round that gives the own city
proposed and confirmed pairings (with the draft action plans their confirmation opens), organisations
with opportunities and a match between them, and the actors' keys. Resources that a successful call
consumes (a plan that is submitted, a pairing that is declined) come from pools sized for the rows
that succeed; `tests/e2e/security/targets.py` builds each operation's request from this world.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import httpx

from deploy.stack import Stack
from tests.e2e.security.actors import Actors

# Pools: how many of each consumed resource the rows that succeed take (see targets.py).
PROPOSED_PAIRINGS = 6  # accept and decline: a shared one for the refused rows, one per succeeding actor
CONFIRMED_PAIRINGS = 9  # activities, complete, dissolve; and the draft plans of the own city they open


def gateway_client(stack: Stack, headers: dict[str, str], local_address: str | None = None) -> httpx.AsyncClient:
    """A client of the gateway that drops idle connections before the server does (uvicorn closes
    them after 5 s), so a connection left idle while keys are made is never reused half-closed."""
    transport = httpx.AsyncHTTPTransport(local_address=local_address) if local_address else None
    limits = httpx.Limits(keepalive_expiry=2.0)
    base = f"http://127.0.0.1:{stack.gateway_port}"
    return httpx.AsyncClient(base_url=base, headers=headers, timeout=60, limits=limits, transport=transport)


def unique(prefix: str) -> str:
    """A name no other row or test uses."""
    return f"{prefix} {uuid.uuid4().hex[:10]}"


def call_body(title: str) -> dict:
    today = date.today()
    return {
        "title": title,
        "component": "city_pairing",
        "opens_on": (today - timedelta(days=10)).isoformat(),
        "closes_on": (today + timedelta(days=60)).isoformat(),
        "eligible_regions": ["eu", "latin_america_caribbean"],
        "themes": ["climate", "mobility"],
    }


def city_body(country: str, **extra) -> dict:
    return {
        "name": unique(f"City {country}"),
        "country_code": country,
        "population": 400_000,
        "themes": ["climate", "mobility"],
        "sdgs": [11, 13],
        "challenges": "Heat islands and car dependency in the outer districts.",
    } | extra


def application_body(call_id: str, city_id: str) -> dict:
    return {
        "call_id": call_id,
        "city_id": city_id,
        "title": "Cooler streets together",
        "summary": "Exchange on urban heat and low-car districts.",
        "themes": ["climate"],
        "planned_cooperation_months": 18,
    }


def organisation_body(region_id: str, nace: list[str], keywords: list[str]) -> dict:
    return {
        "name": unique("Solar Storage"),
        "kind": "sme",
        "size_band": "small",
        "region_id": region_id,
        "nace_codes": nace,
        "keywords": keywords,
        "description": "Flow cells and controllers for campus microgrids (matrix test).",
    }


def opportunity_body(kind: str, organisation_id: str, target_regions: list[str], keyword: str = "second life") -> dict:
    return {
        "kind": kind,
        "organisation_id": organisation_id,
        "title": unique("Battery storage for campus microgrids"),
        "description": "Battery management and second-life lithium packs for rural campus microgrids.",
        "keywords": ["flow cell storage", "campus microgrids", keyword],
        "nace_codes": ["27.20"],
        "target_region_ids": target_regions,
        "ecosystem": "energy_renewables",
        "expires_on": (date.today() + timedelta(days=180)).isoformat(),
    }


async def ok(response: Awaitable[httpx.Response], *expected: int) -> Any:
    """The JSON of a setup call, which must succeed (a setup failure is not a matrix result)."""
    r = await response
    assert r.status_code in (expected or (200, 201)), f"setup: {r.request.method} {r.request.url} -> {r.status_code} {r.text}"
    return r.json() if r.content else None


async def poll(fetch: Callable[[], Awaitable[Any]], done: Callable[[Any], bool], what: str, timeout: float = 60.0) -> Any:
    """Until `done(fetch())`: events carry the world from one service to the next."""
    deadline = time.monotonic() + timeout
    while True:
        value = await fetch()
        if done(value):
            return value
        assert time.monotonic() < deadline, f"setup: {what} did not happen within {timeout}s: {value}"
        await asyncio.sleep(0.25)


@dataclass
class World:
    """Ids of what exists, the pools of consumable resources and the actors' headers."""

    stack: Stack
    admin: httpx.AsyncClient
    city_own: str = ""
    city_other: str = ""
    city_guest: str = ""  # a third city no key acts for: invited by the own city, or inviting it
    call_id: str = ""
    round_call_id: str = ""  # a call whose rounds touch none of the pairings below
    organisation_own: str = ""
    organisation_other: str = ""
    organisation_counterpart: str = ""  # the other side of the own organisation's match; no key acts for it
    actors: Actors = field(default_factory=Actors)
    pools: dict[str, list[str]] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)
    clients: dict[str, httpx.AsyncClient] = field(default_factory=dict)
    _seq: int = 0

    def take(self, pool: str) -> str:
        """A resource of the pool no row has used yet."""
        assert self.pools[pool], f"the {pool} pool is empty: raise its size in scenario.py"
        return self.pools[pool].pop()

    def number(self) -> int:
        """A number no other row of this session uses (GCoM ids, years)."""
        self._seq += 1
        return self._seq

    def as_actor(self, actor: str) -> httpx.AsyncClient:
        """A client that sends the actor's credentials (and only them)."""
        return gateway_client(self.stack, self.actors.headers[actor])

    def stranger(self, actor: str) -> httpx.AsyncClient:
        """The actor's client from a loopback address no other row used: the gateway throttles failed
        credentials per client address (10 a minute), and the matrix sends a few hundred on purpose."""
        n = self.number()
        return gateway_client(self.stack, self.actors.headers[actor], local_address=f"127.77.{n // 250}.{n % 250 + 1}")

    def client_for(self, actor: str) -> httpx.AsyncClient:
        """The actor's client, kept for the session (closed by the fixture)."""
        if actor not in self.clients:
            self.clients[actor] = self.as_actor(actor)
        return self.clients[actor]

    async def once(self, name: str, make: Callable[[], Awaitable[Any]]) -> Any:
        """A shared resource, made the first time a row needs it."""
        if name not in self.shared:
            self.shared[name] = await make()
        return self.shared[name]


async def accepted_application(admin: httpx.AsyncClient, call_id: str, city_id: str) -> None:
    """An application of the city drafted, submitted, reviewed and accepted by the coordination unit."""
    app = await ok(admin.post("/v1/applications", json=application_body(call_id, city_id)))
    await ok(admin.post(f"/v1/applications/{app['id']}:submit"))
    review = {"scores": {"relevance": 5, "feasibility": 4}, "recommendation": "yes", "comment": "Strong fit."}
    await ok(admin.post(f"/v1/applications/{app['id']}/reviews", json=review))
    await ok(admin.post(f"/v1/applications/{app['id']}:accept", json={"reason": "Scores well on every criterion."}))


async def _pairings(w: World) -> None:
    """One round on a call of its own: the own city (EU) paired with many LAC cities at once."""
    n = PROPOSED_PAIRINGS + CONFIRMED_PAIRINGS
    call = await ok(w.admin.post("/v1/calls", json=call_body(unique("Matrix pairing call"))))
    countries = (["CO", "MX", "BR", "PE", "CL"] * n)[:n]
    world = await asyncio.gather(*(ok(w.admin.post("/v1/cities", json=city_body(c))) for c in countries))
    await asyncio.gather(*(accepted_application(w.admin, call["id"], c["id"]) for c in [{"id": w.city_own}, *world]))

    async def profiles() -> list[dict]:
        r = await w.admin.get("/v1/pairing/city-profiles", params={"call_id": call["id"], "page_size": 100})
        return r.json()["items"]

    await poll(profiles, lambda items: len(items) >= n + 1, "the pairing service learning the accepted applications")
    r = await ok(w.admin.post("/v1/pairing/rounds", json={"call_id": call["id"], "solver": "optimal", "quota": n}))
    proposals = [p for p in r["proposals"] if w.city_own in (p["party_a"]["id"], p["party_b"]["id"])]
    assert len(proposals) == n, f"setup: the round proposed {len(r['proposals'])} pairs, {len(proposals)} with the own city"
    ids = [p["id"] for p in proposals]
    w.pools["proposed_pairing"], confirmed = ids[:PROPOSED_PAIRINGS], ids[PROPOSED_PAIRINGS:]

    async def confirm(p: dict) -> None:
        other = p["party_b"]["id"] if p["party_a"]["id"] == w.city_own else p["party_a"]["id"]
        for party in (w.city_own, other):
            await ok(w.admin.post(f"/v1/pairing/pairings/{p['id']}:accept", json={"party_id": party}))

    await asyncio.gather(*(confirm(p) for p in proposals[PROPOSED_PAIRINGS:]))
    w.pools["confirmed_pairing"] = confirmed

    async def plans() -> list[dict]:
        r = await w.admin.get("/v1/action-plans", params={"city_id": w.city_own, "page_size": 100})
        return [p for p in r.json()["items"] if p.get("pairing_id") in confirmed]

    found = await poll(plans, lambda items: len(items) >= CONFIRMED_PAIRINGS, "the draft plans of the confirmed pairings")
    w.pools["draft_plan"] = [p["id"] for p in found]


async def _organisations(w: World) -> None:
    """The own organisation (EU) with an offer, the counterpart (LAC) with a request that matches it, another one."""
    own, counterpart, other = await asyncio.gather(
        ok(
            w.admin.post(
                "/v1/organisations", json=organisation_body("ES511", ["27.20"], ["flow cell storage", "campus microgrids"])
            )
        ),
        ok(
            w.admin.post(
                "/v1/organisations", json=organisation_body("CO-ANT", ["35.11"], ["flow cell storage", "campus microgrid"])
            )
        ),
        ok(w.admin.post("/v1/organisations", json=organisation_body("PT11", ["27.20"], ["flow cell storage"]))),
    )
    w.organisation_own, w.organisation_counterpart, w.organisation_other = own["id"], counterpart["id"], other["id"]


async def _round_call(w: World) -> None:
    """A second call with one accepted application on each side, for the rows that run a round."""
    call = await ok(w.admin.post("/v1/calls", json=call_body(unique("Matrix round call"))))
    cities = await asyncio.gather(*(ok(w.admin.post("/v1/cities", json=city_body(c))) for c in ("NL", "EC")))
    await asyncio.gather(*(accepted_application(w.admin, call["id"], c["id"]) for c in cities))

    async def profiles() -> list[dict]:
        return (await w.admin.get("/v1/pairing/city-profiles", params={"call_id": call["id"]})).json()["items"]

    await poll(profiles, lambda items: len(items) >= 2, "the pairing service learning the round call's applications")
    w.round_call_id = call["id"]


async def build_world(stack: Stack, admin: httpx.AsyncClient) -> World:
    """Cities, organisations and keys first (keys bind to them), then the pairing round and its plans."""
    w = World(stack=stack, admin=admin)
    own, other, guest, call, _ = await asyncio.gather(
        ok(admin.post("/v1/cities", json=city_body("DE"))),
        ok(admin.post("/v1/cities", json=city_body("FR"))),
        ok(admin.post("/v1/cities", json=city_body("ES"))),
        ok(admin.post("/v1/calls", json=call_body(unique("Matrix call")))),
        _organisations(w),
    )
    w.city_own, w.city_other, w.city_guest, w.call_id = own["id"], other["id"], guest["id"], call["id"]
    w.actors, _, _ = await asyncio.gather(
        Actors.create(
            stack,
            own_city=w.city_own,
            other_city=w.city_other,
            own_organisation=w.organisation_own,
            other_organisation=w.organisation_other,
        ),
        _pairings(w),
        _round_call(w),
    )
    return w
