"""The showcase kit: answers anyone may cache (ETag, max-age, 304) and the open paths' rule."""

from __future__ import annotations

import httpx
from fastapi import FastAPI, Request

from shared.openapi import error_statuses
from shared.showcase import NOT_MODIFIED, OPEN, is_open, public_answer, showcase_router

ITEMS = {"items": [{"id": "p1", "title": "Cool roofs"}]}


def _app(state: dict) -> FastAPI:
    router = showcase_router("practices")

    @router.get("", openapi_extra=OPEN, responses=NOT_MODIFIED)
    async def practices(request: Request):
        return public_answer(request, state, max_age=60)

    app = FastAPI()
    app.include_router(router)
    return app


async def test_an_answer_is_public_cacheable_and_revalidated_by_its_etag():
    state = dict(ITEMS)
    transport = httpx.ASGITransport(app=_app(state))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        first = await c.get("/v1/showcase/practices")
        assert first.status_code == 200 and first.json() == ITEMS
        assert first.headers["cache-control"] == "public, max-age=60"
        etag = first.headers["etag"]
        assert etag.startswith('"') and etag.endswith('"')
        again = await c.get("/v1/showcase/practices", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
        assert (await c.get("/v1/showcase/practices", headers={"If-None-Match": f'"other", W/{etag}'})).status_code == 304
        state["items"] = [{"id": "p2", "title": "Bus lanes"}]
        changed = await c.get("/v1/showcase/practices", headers={"If-None-Match": etag})
        assert changed.status_code == 200 and changed.headers["etag"] != etag


def test_only_reads_under_the_showcase_are_open():
    assert is_open("GET", "/v1/showcase/practices") and is_open("HEAD", "/v1/showcase/pairings/p1")
    assert not is_open("POST", "/v1/showcase/practices")
    assert not is_open("GET", "/v1/showcasex") and not is_open("GET", "/v1/knowledge/practices")


def test_an_open_operation_documents_no_401_or_403():
    open_op = {"security": [], "parameters": [{"in": "query", "name": "q"}]}
    assert not {401, 403} & error_statuses("get", open_op)
    assert {401, 403} <= error_statuses("get", {"parameters": []})
