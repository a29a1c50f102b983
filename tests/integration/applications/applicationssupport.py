"""Shared by the applications integration tests: the service app on a real database, and the
bodies and steps its API tests repeat.

Imported as `tests.integration.applications.applicationssupport` (not a test module).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
from fastapi import FastAPI

from services.applications.config import Settings
from services.applications.models import Base, kit
from services.applications.routes import ROUTERS
from tests.support.service_app import caller, service_app

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)
PROBLEM = "application/problem+json"
GEONAMES_HEADER = (
    "geonameid,name,asciiname,latitude,longitude,feature_class,feature_code,country_code,"
    "admin1_code,population,elevation,dem,timezone,modification_date\n"
)


@asynccontextmanager
async def applications_app(database_url: str, **settings: Any) -> AsyncIterator[FastAPI]:
    """The applications service's app on a migrated database, without NATS (the outbox just fills)."""
    async with service_app(
        "applications", Settings(database_url=database_url, **settings), Base.metadata, kit, ROUTERS, NOW
    ) as app:
        yield app


def city_body(**overrides: Any) -> dict:
    """A city that meets the default call's population threshold."""
    return {
        "name": f"Lyon {uuid.uuid4().hex[:6]}",
        "country_code": "FR",
        "population": 522_000,
        "latitude": 45.76,
        "longitude": 4.83,
        "themes": ["climate", "mobility"],
        "sdgs": [11, 13],
        "challenges": "Heat islands.",
    } | overrides


def call_body(**overrides: Any) -> dict:
    """A city pairing call open on NOW."""
    return {
        "title": "City pairing 2027",
        "component": "city_pairing",
        "opens_on": "2027-01-01",
        "closes_on": "2027-06-30",
        "themes": ["climate", "mobility"],
    } | overrides


async def register_city(admin: httpx.AsyncClient, **overrides: Any) -> dict:
    """Register a city as the coordination unit."""
    r = await admin.post("/v1/cities", json=city_body(**overrides))
    assert r.status_code == 201, r.text
    return r.json()


async def open_call(admin: httpx.AsyncClient, **overrides: Any) -> dict:
    """Open a call as the coordination unit."""
    r = await admin.post("/v1/calls", json=call_body(**overrides))
    assert r.status_code == 201, r.text
    return r.json()


async def draft_application(city: httpx.AsyncClient, call_id: str, city_id: str, **overrides: Any) -> dict:
    """Start an eligible draft application as the city."""
    body = {
        "call_id": call_id,
        "city_id": city_id,
        "title": "Cooler streets together",
        "summary": "Exchange on urban heat.",
        "themes": ["climate"],
    } | overrides
    r = await city.post("/v1/applications", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def assert_problem(r: httpx.Response, status: int) -> dict:
    """The response is problem+json with `status`; its body."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status
    return body


# --- review by criteria and panel -------------------------------------------------------------

# relevance weighs 2, feasibility 1, impact 1 and may be N/A.
CRITERIA = [
    {"name": "relevance", "description": "Fits the call's themes.", "weight": 2},
    {"name": "feasibility", "weight": 1},
    {"name": "impact", "weight": 1, "na_allowed": True},
]


async def submitted_application(app: FastAPI, admin: httpx.AsyncClient, call_id: str) -> dict:
    """A new city's application to the call, submitted."""
    city = await register_city(admin)
    async with caller(app, "city", city_id=city["id"]) as applicant:
        draft = await draft_application(applicant, call_id, city["id"])
        r = await applicant.post(f"/v1/applications/{draft['id']}:submit")
        assert r.status_code == 200, r.text
        return r.json()
