"""Shared by the webhooks integration tests: the service app on a real database, a real HTTP
receiver and a real key-status server (as the gateway answers it) on loopback ports, events.

Imported as `tests.integration.webhooks.webhookssupport` (not a test module).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import uvicorn
from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from services.webhooks.config import Settings
from services.webhooks.delivery.worker import DELIVERY, DeliveryWorker, worker_of
from services.webhooks.handlers import on_events
from services.webhooks.models import Base, kit
from services.webhooks.routes import ROUTERS
from shared.consumer import EventContext
from shared.contracts.applications import CityProfile, CityRegistered
from shared.contracts.covenant import SignatoryJoined, SignatoryProfile
from shared.events import CloudEvent, EventPayload
from shared.identity import ROLE_DEFAULT_SCOPES, Identity, Role, sign_identity, verify_identity
from tests.support.service_app import FixedClock, service_app

NOW = datetime(2027, 6, 1, 9, tzinfo=UTC)


@dataclass
class Received:
    """One request the receiver got."""

    headers: dict[str, str]
    body: str
    query: str = ""


@dataclass
class Receiver:
    """A partner's webhook receiver: records every POST and answers `statuses` in turn (then 204), after `hold`."""

    url: str = ""
    received: list[Received] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    retry_after: str | None = None
    hold: asyncio.Event | None = None  # when set, every answer waits until it is set
    arrived: asyncio.Event = field(default_factory=asyncio.Event)  # set by every request

    async def handle(self, request: Request):
        headers = {k.lower(): v for k, v in request.headers.items()}
        self.received.append(Received(headers, (await request.body()).decode(), request.url.query))
        self.arrived.set()
        if self.hold is not None:
            await self.hold.wait()
        status = self.statuses.pop(0) if self.statuses else 204
        headers = {"Retry-After": self.retry_after} if self.retry_after and status in (429, 503) else {}
        return PlainTextResponse("busy" if status >= 400 else "", status_code=status, headers=headers)


@dataclass
class KeyServer:
    """The gateway's key-status route: 200 {"id", "active"} for a valid service identity, 404 for unknown keys."""

    secret: str
    url: str = ""
    revoked: set[str] = field(default_factory=set)
    unknown: set[str] = field(default_factory=set)
    asked: list[str] = field(default_factory=list)

    async def handle(self, request: Request):
        identity = verify_identity(request.headers.get("x-iuc-identity", ""), self.secret)
        if identity.subject != "webhooks":
            return JSONResponse({"detail": "not the webhooks service"}, status_code=403)
        key_id = request.path_params["key_id"]
        self.asked.append(key_id)
        if key_id in self.unknown:
            return JSONResponse({"detail": "no such key"}, status_code=404)
        return JSONResponse({"id": key_id, "active": key_id not in self.revoked})


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@asynccontextmanager
async def serving(app) -> AsyncIterator[str]:
    """A real uvicorn server for `app` on a free loopback port; its base URL."""
    sock = _free_socket()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    async with asyncio.timeout(10):
        while not server.started:
            if task.done():
                task.result()  # it could not start: say why
            await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


@asynccontextmanager
async def receiver() -> AsyncIterator[Receiver]:
    """A Receiver listening on loopback; POST {url}/hook."""
    r = Receiver()
    async with serving(Starlette(routes=[Route("/hook", r.handle, methods=["POST"])])) as base:
        r.url = f"{base}/hook"
        yield r


@asynccontextmanager
async def webhooks_app(
    database_url: str, *, allow_private: bool = True, gateway_url: str = "http://127.0.0.1:9"
) -> AsyncIterator[FastAPI]:
    """The webhooks app on a migrated database (no NATS; the outbox just fills), its clock at NOW."""
    settings = Settings(database_url=database_url, allow_private_targets=allow_private, gateway_url=gateway_url)
    async with service_app("webhooks", settings, Base.metadata, kit, ROUTERS, NOW, jobs=(DELIVERY,)) as app:
        try:
            yield app
        finally:
            worker = getattr(app.state, "webhooks_worker", None)
            if worker is not None:
                await worker.aclose()


@asynccontextmanager
async def key_server() -> AsyncIterator[KeyServer]:
    """A real key-status server, as the gateway answers `GET /_internal/keys/{key_id}`."""
    keys = KeyServer(Settings().identity_secret)
    async with serving(Starlette(routes=[Route("/_internal/keys/{key_id}", keys.handle)])) as base:
        keys.url = base
        yield keys


@asynccontextmanager
async def delivering_app(database_url: str, keys: KeyServer) -> AsyncIterator[FastAPI]:
    """The webhooks app asking `keys` before it delivers, its clock at the real time (receivers
    refuse a webhook-timestamp more than five minutes off)."""
    async with webhooks_app(database_url, gateway_url=keys.url) as app:
        app.state.clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
        yield app


def identity(role: str, subject: str, **bound) -> Identity:
    """An identity of `role` with its default scopes (and bindings such as organisation_ids)."""
    r = Role(role)
    return Identity(subject=subject, role=r, scopes=ROLE_DEFAULT_SCOPES[r], **bound)


def token(app: FastAPI, ident: Identity) -> dict[str, str]:
    """The headers a caller with this identity sends (as the gateway forwards it)."""
    return {"x-iuc-identity": sign_identity(ident, app.state.settings.identity_secret, ttl_seconds=3600)}


def city_registered(city_id: str, name: str = "Sevilla") -> CityRegistered:
    """A real CityRegistered payload."""
    return CityRegistered(city=CityProfile(city_id=city_id, name=name, country_code="ES", world_region="eu", population=690_000))


def signatory_joined(signatory_id: str, regional_covenant: str) -> SignatoryJoined:
    """A real SignatoryJoined payload."""
    return SignatoryJoined(
        signatory=SignatoryProfile(
            signatory_id=signatory_id,
            name=f"Municipality {signatory_id}",
            country_code="CO",
            regional_covenant=regional_covenant,
            adhesion_date=date(2024, 5, 1),
            adhesion_type="individual",
            status="published",
        )
    )


async def consume(app: FastAPI, *payloads: EventPayload) -> list[CloudEvent]:
    """Hand events to the service's handler in one transaction, as its consumer does with a batch."""
    events = [CloudEvent.new(p, None) for p in payloads]
    async with app.state.sessionmaker() as session, session.begin():
        await on_events(EventContext(session, events, app.state.clock, app.state), list(payloads))
    return events


def later(app: FastAPI, **delta: float) -> None:
    """Move the app's clock forward."""
    app.state.clock.at += timedelta(**delta)


async def deliver(app: FastAPI, *, worker: DeliveryWorker | None = None) -> int:
    """One pass of a worker, waiting until what it started is recorded; how many it sent."""
    worker = worker or worker_of(app)
    started = await worker.run_pass()
    await worker.drain()
    return started


async def create_endpoint(client, url: str, event_types: list[str], **extra) -> dict:
    """POST an endpoint; its answer (with the secret)."""
    r = await client.post("/v1/webhooks/endpoints", json={"url": url, "event_types": event_types, **extra})
    assert r.status_code == 201, r.text
    return r.json()
