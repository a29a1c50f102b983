"""Liveness and readiness: `/healthz` says the process answers, `/readyz` that it can serve."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Literal

import aiohttp
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from gateway.proxy import Proxy
from shared.openapi import problem_answer
from shared.problems import PROBLEM_JSON, problem_body


class Health(BaseModel):
    """The gateway process answers."""

    status: Literal["ok"]
    service: str


class Readiness(BaseModel):
    """Every check passed: the key store and each service. A service that serves while its events
    wait (its outbox relay has not published for a while) is "degraded: <its reason>" here."""

    status: Literal["ready"]
    checks: dict[str, str]


NOT_READY = {503: problem_answer(503) | {"description": "Not ready: the problem's `checks` say what is down."}}


DEGRADED = "degraded"


async def _probe(session: aiohttp.ClientSession, base: str, timeout: aiohttp.ClientTimeout) -> str:
    try:
        async with session.get(base + "/readyz", timeout=timeout) as resp:
            if resp.status != 200:
                return f"not ready ({resp.status})"
            try:
                body = await resp.json(content_type=None)
            except ValueError:  # a 200 without a JSON body is ready all the same
                return "ok"
    except (TimeoutError, aiohttp.ClientError) as exc:
        return f"unreachable ({type(exc).__name__})"
    if isinstance(body, dict) and body.get("status") == DEGRADED:
        return f"{DEGRADED}: {body.get('reason') or 'no reason given'}"
    return "ok"


def health_router(proxy: Proxy, bases: Mapping[str, str], probe_timeout: float) -> APIRouter:
    """`/healthz` and `/readyz`, which asks each service in `bases` (name: base URL) if it is ready."""
    router = APIRouter()
    timeout = aiohttp.ClientTimeout(total=probe_timeout)

    @router.get("/healthz", operation_id="gateway_healthz", tags=["health"], summary="Liveness", response_model=Health)
    async def healthz() -> dict:
        """Alive: the process answers."""
        return {"status": "ok", "service": "gateway"}

    @router.get(
        "/readyz",
        operation_id="gateway_readyz",
        tags=["health"],
        summary="Readiness",
        response_model=Readiness,
        responses=NOT_READY,
    )
    async def readyz(request: Request) -> JSONResponse:
        """Ready: the key store answers and every service says it is ready."""

        async def key_store() -> str:
            try:
                async with request.app.state.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
                return "ok"
            except Exception as exc:  # noqa: BLE001 - any failure means not ready
                return f"down ({type(exc).__name__})"

        names = list(bases)
        # proxy.session is read per request: the lifespan opens it after the routes are built.
        results = await asyncio.gather(key_store(), *(_probe(proxy.session, bases[n], timeout) for n in names))
        checks = {"gateway_database": results[0], **dict(zip(names, results[1:], strict=True))}
        # A degraded service still serves: the gateway is ready, and its checks say what lags.
        if all(v == "ok" or v.startswith(DEGRADED + ":") for v in checks.values()):
            return JSONResponse({"status": "ready", "checks": checks})
        down = ", ".join(f"{k} {v}" for k, v in checks.items() if v != "ok")
        return JSONResponse(problem_body(503, f"Not ready: {down}.", checks=checks), status_code=503, media_type=PROBLEM_JSON)

    return router
