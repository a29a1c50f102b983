"""Steps of the application journey, shared by the end-to-end tests."""

from __future__ import annotations

import uuid

import httpx


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
