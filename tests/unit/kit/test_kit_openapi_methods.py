"""A method a path does not take answers 405 with every method it does take in `Allow`,
custom verbs and fixed paths included (`GET /v1/things/x:judge` and `PATCH /v1/things/stats`
are not `/v1/things/{id}`)."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, FastAPI

from shared.problems import PROBLEM_JSON, install_problem_handlers

router = APIRouter(prefix="/v1/things")


@router.get("/stats")
async def thing_stats() -> dict:
    return {"things": 1}


@router.get("/{thing_id}")
async def get_thing(thing_id: str) -> dict:
    return {"id": thing_id}


@router.patch("/{thing_id}")
async def update_thing(thing_id: str) -> dict:
    return {"id": thing_id}


@router.post("/{thing_id}:judge")
async def judge_thing(thing_id: str) -> dict:
    return {"judged": thing_id}


def client() -> httpx.AsyncClient:
    app = FastAPI()
    install_problem_handlers(app)
    app.include_router(router)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


async def test_a_405_names_every_method_of_the_path():
    async with client() as c:
        r = await c.delete("/v1/things/a")
    assert r.status_code == 405 and r.headers["content-type"] == PROBLEM_JSON
    assert r.headers["allow"] == "GET, PATCH"
    assert "DELETE" in r.json()["detail"]


async def test_another_method_on_a_custom_verb_is_a_405_not_the_resource():
    async with client() as c:
        for method in ("GET", "PATCH", "DELETE"):
            r = await c.request(method, "/v1/things/a:judge")
            assert r.status_code == 405, (method, r.text)
            assert r.headers["allow"] == "POST"
        assert (await c.post("/v1/things/a:judge")).json() == {"judged": "a"}
        assert (await c.get("/v1/things/a:other")).json() == {"id": "a:other"}  # no such verb: the id it is


async def test_a_fixed_path_takes_only_its_own_methods_not_those_of_a_template_it_matches():
    async with client() as c:
        assert (await c.get("/v1/things/stats")).json() == {"things": 1}
        for method in ("PATCH", "OPTIONS", "DELETE"):
            r = await c.request(method, "/v1/things/stats")
            assert r.status_code == 405 and r.headers["allow"] == "GET", (method, r.text)
        assert (await c.patch("/v1/things/statistics")).json() == {"id": "statistics"}  # not the fixed path
