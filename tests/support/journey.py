"""Steps of the application journey, shared by the end-to-end tests."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx

from deploy.stack import Stack
from tests.support.platform import client, create_key


def unique(name: str) -> str:
    """A name no other test uses."""
    return f"{name} {uuid.uuid4().hex[:8]}"


async def register_city(admin: httpx.AsyncClient, **overrides) -> dict:
    body = {
        "name": unique("Lyon"),
        "country_code": "FR",
        "population": 522_000,
        "latitude": 45.76,
        "longitude": 4.83,
        "themes": ["climate", "mobility"],
        "sdgs": [11, 13],
        "challenges": "Heat islands and car dependency in the outer districts.",
    } | overrides
    r = await admin.post("/v1/cities", json=body)
    assert r.status_code == 201, r.text
    return r.json()


async def open_call(admin: httpx.AsyncClient, body: dict) -> dict:
    r = await admin.post("/v1/calls", json=body)
    assert r.status_code == 201, r.text
    return r.json()


async def draft_application(city: httpx.AsyncClient, call_id: str, city_id: str, **overrides) -> dict:
    body = {
        "call_id": call_id,
        "city_id": city_id,
        "title": "Cooler streets together",
        "summary": "Exchange on urban heat and low-car districts.",
        "themes": ["climate"],
        "planned_cooperation_months": 18,
    } | overrides
    r = await city.post("/v1/applications", json=body)
    assert r.status_code == 201, r.text
    return r.json()


async def submit(city: httpx.AsyncClient, application_id: str) -> httpx.Response:
    return await city.post(f"/v1/applications/{application_id}:submit")


async def review_and_accept(reviewer: httpx.AsyncClient, admin: httpx.AsyncClient, application_id: str) -> dict:
    r = await reviewer.post(
        f"/v1/applications/{application_id}/reviews",
        json={"scores": {"relevance": 5, "feasibility": 4}, "recommendation": "yes", "comment": "Strong fit."},
    )
    assert r.status_code == 201, r.text
    r = await admin.post(f"/v1/applications/{application_id}:accept", json={"reason": "Scores well on every criterion."})
    assert r.status_code == 200, r.text
    return r.json()


async def poll(fetch, done, timeout: float = 30.0):
    """`fetch()` again until `done` holds of its value or the time is up; the last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = await fetch()
        if done(value) or time.monotonic() > deadline:
            return value
        await asyncio.sleep(0.3)


async def confirmed_pairing(
    stack: Stack, admin: httpx.AsyncClient, reviewer: httpx.AsyncClient, call_body: dict
) -> tuple[dict, dict, str]:
    """Two cities applied, accepted, paired by a round and both accepted: a real pairing.confirmed."""
    call = await open_call(admin, call_body)
    cities = []
    for country, region_name in (("FR", "Grenoble"), ("CO", "Manizales")):
        city = await register_city(admin, name=unique(region_name), country_code=country, population=400_000)
        application = await draft_application(admin, call["id"], city["id"])
        assert (await submit(admin, application["id"])).status_code == 200
        await review_and_accept(reviewer, admin, application["id"])
        cities.append(city)

    async def profiles():
        r = await admin.get("/v1/pairing/city-profiles", params={"call_id": call["id"]})
        return r.json()["items"]

    assert len(await poll(profiles, lambda items: len(items) >= 2)) == 2
    r = await admin.post("/v1/pairing/rounds", json={"call_id": call["id"], "solver": "optimal"})
    assert r.status_code == 201, r.text
    [proposal] = r.json()["proposals"]
    for city in cities:
        async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
            r = await c.post(f"/v1/pairing/pairings/{proposal['id']}:accept")
            assert r.status_code == 200, r.text
    assert r.json()["state"] == "confirmed"
    return cities[0], cities[1], proposal["id"]
