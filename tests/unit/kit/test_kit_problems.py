"""Every error answers RFC 9457 problem+json: validation 422, Problem(...), unexpected 500."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI, Query
from pydantic import BaseModel, Field

from shared.problems import Problem, install_problem_handlers

PROBLEM_JSON = "application/problem+json"


class ThingIn(BaseModel):
    name: str = Field(min_length=1)
    size: int


@pytest.fixture
async def client():
    app = FastAPI()
    install_problem_handlers(app)

    @app.post("/v1/things")
    async def create(body: ThingIn, dry_run: bool = Query(False)) -> dict:
        return {}

    @app.get("/v1/boom")
    async def boom() -> dict:
        raise RuntimeError("password=hunter2 in /srv/iuc/secret.py")

    @app.post("/v1/pairings/{pid}:confirm")
    async def confirm(pid: str) -> dict:
        raise Problem(409, "The pairing is already dissolved.", errors=[{"rule": "pairing-state", "detail": "dissolved"}])

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def test_validation_error_is_422_with_pointers(client):
    r = await client.post("/v1/things", params={"dry_run": "maybe"}, json={"name": "", "size": "big"})
    assert r.status_code == 422
    assert r.headers["content-type"] == PROBLEM_JSON
    body = r.json()
    assert body["status"] == 422 and body["type"].endswith("/validation") and body["instance"] == "/v1/things"
    assert {e["pointer"] for e in body["errors"]} == {"/name", "/size", "query:dry_run"}
    assert all(e["detail"] for e in body["errors"])


async def test_malformed_json_is_422_not_500(client):
    r = await client.post("/v1/things", content=b'{"name": ', headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert r.headers["content-type"] == PROBLEM_JSON


async def test_unexpected_error_is_500_without_internals(client):
    r = await client.get("/v1/boom")
    assert r.status_code == 500
    assert r.headers["content-type"] == PROBLEM_JSON
    body = r.json()
    assert body["status"] == 500 and body["title"] == "Internal server error"
    for leak in ("Traceback", "hunter2", "secret.py", "RuntimeError"):
        assert leak not in r.text


async def test_problem_is_answered_with_its_status(client):
    r = await client.post("/v1/pairings/p-1:confirm")
    assert r.status_code == 409
    assert r.headers["content-type"] == PROBLEM_JSON
    assert r.json() == {
        "type": "https://iuc.example.eu/problems/conflict",
        "title": "Conflict",
        "status": 409,
        "detail": "The pairing is already dissolved.",
        "instance": "/v1/pairings/p-1:confirm",
        "errors": [{"rule": "pairing-state", "detail": "dissolved"}],
    }


async def test_unknown_route_and_method_are_problems(client):
    missing = await client.get("/v1/nothing-here")
    assert (missing.status_code, missing.headers["content-type"]) == (404, PROBLEM_JSON)
    wrong = await client.delete("/v1/things")
    assert (wrong.status_code, wrong.headers["content-type"]) == (405, PROBLEM_JSON)
    assert "POST" in wrong.headers["allow"]
