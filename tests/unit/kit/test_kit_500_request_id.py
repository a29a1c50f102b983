"""BUG REPRODUCTION (shared/problems.py): the 500 answer of an unexpected error carries no
request id, although its detail says "it has been logged with the request id".

`install_problem_handlers` registers the catch-all with `@app.exception_handler(Exception)`,
which Starlette runs in ServerErrorMiddleware, OUTSIDE every user middleware. By then
RequestIdMiddleware has reset its context variable and never sees the response, so the
500 has no X-Request-ID header, no `request_id` member, and the log line says `[-]`.
The app here is wired exactly as shared.service.create_service_app wires it.
"""

from __future__ import annotations

import logging

import httpx
from fastapi import FastAPI

from shared.idempotency import IdempotencyMiddleware
from shared.problems import Problem, install_problem_handlers
from shared.requestid import RequestIdLogFilter, RequestIdMiddleware


def service_like_app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/v1/boom")
    async def boom() -> dict:
        raise RuntimeError("unexpected")

    @app.get("/v1/conflict")
    async def conflict() -> dict:
        raise Problem(409, "conflict")

    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(RequestIdMiddleware)
    return app


async def test_a_500_carries_the_request_id_like_every_other_problem(caplog):
    caplog.handler.addFilter(RequestIdLogFilter())
    transport = httpx.ASGITransport(app=service_like_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        ok = await c.get("/v1/conflict", headers={"x-request-id": "rid-409"})
        assert (ok.headers["x-request-id"], ok.json()["request_id"]) == ("rid-409", "rid-409")  # works for 4xx

        with caplog.at_level(logging.ERROR, logger="iuc.problems"):
            r = await c.get("/v1/boom", headers={"x-request-id": "rid-500"})
    assert r.status_code == 500
    assert r.headers.get("x-request-id") == "rid-500"
    assert r.json().get("request_id") == "rid-500"
    assert [rec.request_id for rec in caplog.records if rec.name == "iuc.problems"] == ["rid-500"]
