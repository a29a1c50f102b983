"""A tiny FastAPI app behind the real IdempotencyMiddleware, for the idempotency tests."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace

import httpx
from fastapi import FastAPI, Response
from pydantic import BaseModel

from shared.idempotency import IdempotencyMiddleware
from shared.identity import IDENTITY_HEADER, Identity, Role, sign_identity
from shared.problems import install_problem_handlers
from tests.integration.kit.kitsupport import kit

SECRET = "kit-tests-identity-secret-0123456789abcdef"


class ThingIn(BaseModel):
    name: str


class Gate:
    """Lets a test hold the slow endpoint while it sends a second request."""

    def __init__(self) -> None:
        self.entered = asyncio.Event()
        self.release = asyncio.Event()


def make_app(sessionmaker, calls: Counter, gate: Gate) -> FastAPI:
    app = FastAPI()
    app.state.sessionmaker = sessionmaker
    app.state.kit = kit
    app.state.settings = SimpleNamespace(identity_secret=SECRET)
    install_problem_handlers(app)
    app.add_middleware(IdempotencyMiddleware)

    @app.post("/v1/things", status_code=201)
    async def create_thing(body: ThingIn, response: Response) -> dict:
        calls["create"] += 1
        response.headers["location"] = f"/v1/things/{calls['create']}"
        return {"name": body.name, "run": calls["create"]}

    @app.post("/v1/flaky", status_code=201)
    async def flaky(response: Response) -> dict:
        calls["flaky"] += 1
        if calls["flaky"] == 1:
            response.status_code = 503
        return {"run": calls["flaky"]}

    @app.post("/v1/crash", status_code=201)
    async def crash() -> dict:
        calls["crash"] += 1
        if calls["crash"] == 1:
            raise RuntimeError("bug")
        return {"run": calls["crash"]}

    @app.post("/v1/slow", status_code=201)
    async def slow() -> dict:
        calls["slow"] += 1
        gate.entered.set()
        await gate.release.wait()
        return {"run": calls["slow"]}

    return app


@asynccontextmanager
async def http_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://kit.test") as c:
        yield c


def key(k: str, subject: str | None = None) -> dict[str, str]:
    """Headers with an Idempotency-Key, and a signed identity if `subject` is given."""
    headers = {"Idempotency-Key": k}
    if subject:
        headers[IDENTITY_HEADER] = sign_identity(Identity(subject=subject, role=Role.partner), SECRET)
    return headers
