"""Fixtures for the gateway tests: a migrated key store, a stand-in service and the
real gateway, both served by uvicorn over real HTTP inside the test's event loop."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Self

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from gateway.app import create_app
from gateway.config import GatewaySettings
from gateway.keys import generate_key, new_api_key
from shared.catalog import ServiceEntry
from shared.db import make_engine, make_sessionmaker
from shared.identity import IDENTITY_HEADER, verify_identity
from shared.migrate import upgrade
from shared.problems import PROBLEM_JSON, Problem, install_problem_handlers
from shared.requestid import RequestIdMiddleware, current_request_id
from shared.settings import ServiceSettings
from tests.support.databases import new_database_url

SECRET = "gateway-test-secret-0123456789-abcdefghijklmnop"
PEPPER = "gateway-test-pepper-" + generate_key()
ADMIN_KEY = generate_key()
UPSTREAM_TIMEOUT = 0.3
BIG_BODY = bytes(range(256)) * (3 * 4096)  # 3 MiB: above the buffering limit, so streamed


def migrated_database(tmp_dir: Path, label: str = "gateway", revision: str = "head") -> str:
    """A fresh database with the gateway's schema (Alembic runs its own loop, so in a thread)."""
    url = new_database_url(label, tmp_dir)
    migrate_to(url, revision)
    return url


def migrate_to(url: str, revision: str = "head") -> None:
    """Bring the gateway's database at `url` to `revision` (in a thread: Alembic runs its own loop)."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            upgrade("gateway", url, revision)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            errors.append(exc)

    t = threading.Thread(target=run)
    t.start()
    t.join()
    if errors:
        raise errors[0]


def closed_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def echo_service() -> FastAPI:
    """A stand-in service that tells the test what reached it."""
    app = FastAPI()
    app.state.settings = ServiceSettings(service_name="things", IUC_IDENTITY_SECRET=SECRET)
    install_problem_handlers(app)
    app.add_middleware(RequestIdMiddleware)

    async def echo(request: Request) -> dict:
        token = request.headers.get(IDENTITY_HEADER)
        identity = verify_identity(token, SECRET) if token else None
        return {
            "method": request.method,
            "path": request.url.path,
            "query": request.url.query,
            "body": (await request.body()).decode(),
            "headers": {k: v for k, v in request.headers.items()},
            "identity": identity.model_dump(mode="json") if identity else None,
            "request_id": current_request_id(),
        }

    for method in ("GET", "HEAD", "POST", "PUT"):
        app.add_api_route("/v1/things/echo", echo, methods=[method], name=f"echo_{method.lower()}")
        # An open collection of the showcase (shared/showcase.py)
        app.add_api_route("/v1/showcase/things", echo, methods=[method], name=f"showcase_{method.lower()}")

    @app.get("/v1/things/slow")
    async def slow() -> dict:
        await asyncio.sleep(UPSTREAM_TIMEOUT * 4)
        return {"slow": True}

    @app.get("/v1/things/missing/{thing_id}", operation_id="read_missing_thing")
    async def missing(thing_id: str) -> dict:
        raise Problem(404, f"No thing {thing_id}.", thing_id=thing_id)

    @app.get("/v1/things/teapot")
    async def teapot() -> JSONResponse:
        return JSONResponse({"short": "and stout"}, status_code=418, headers={"x-brew": "earl-grey"})

    @app.get("/v1/things/big")
    async def big() -> Response:
        return Response(BIG_BODY, media_type="application/octet-stream")

    @app.get("/v1/things/moved")
    async def moved() -> RedirectResponse:
        return RedirectResponse("/v1/things/echo", status_code=307)

    @app.get("/readyz")
    async def readyz() -> dict:
        return {"status": "ready"}

    @app.get("/internal/only")
    async def internal() -> dict:
        return {"internal": True}  # not under a public prefix: the gateway must not publish it

    return app


class Served:
    """An ASGI app served by uvicorn on a free port, inside the running loop."""

    def __init__(self, app) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        # No banner, as the stack runs the gateway (`--no-server-header`).
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", server_header=False)
        self.server = uvicorn.Server(config)
        self.task: asyncio.Task | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> Self:
        self.task = asyncio.create_task(self.server.serve(sockets=[self.sock]))
        while not self.server.started:
            if self.task.done():
                self.task.result()
            await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.should_exit = True
        await self.task
        self.sock.close()


@pytest.fixture(scope="session")
def gateway_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The key store the session's gateway uses."""
    return migrated_database(tmp_path_factory.mktemp("gateway-db"))


@pytest.fixture
def fresh_gateway_db(tmp_path: Path) -> str:
    """A key store of the test's own."""
    return migrated_database(tmp_path, "gateway-own")


@pytest.fixture(scope="session")
async def echo_backend() -> AsyncIterator[Served]:
    """The stand-in service, listening for the whole session."""
    async with Served(echo_service()) as served:
        yield served


@pytest.fixture(scope="session")
async def gateway_server(gateway_db: str, echo_backend: Served) -> AsyncIterator[Served]:
    """The real gateway app in front of the stand-in service and of a service that is down."""
    settings = GatewaySettings(
        database_url=gateway_db,
        read_timeout=UPSTREAM_TIMEOUT,
        probe_timeout=0.5,
        IUC_IDENTITY_SECRET=SECRET,
        IUC_ADMIN_API_KEY=ADMIN_KEY,
        IUC_KEY_PEPPER=PEPPER,
        # Tests send wrong keys on purpose, all from 127.0.0.1; the throttle has tests of its own.
        auth_failure_limit="",
    )
    services = [
        ServiceEntry("things", echo_backend.port, ("/v1/things", "/v1/showcase/things")),
        ServiceEntry("closed", closed_port(), ("/v1/closed",)),
    ]
    app = create_app(settings, services)
    async with Served(app) as served:
        served.gateway = app.gateway  # the Gateway behind the middlewares
        yield served


@pytest.fixture
async def client(gateway_server: Served) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the gateway."""
    async with httpx.AsyncClient(base_url=gateway_server.url, timeout=5) as c:
        yield c


@pytest.fixture
def admin_key() -> str:
    """The key the gateway bootstraps as admin at start-up."""
    return ADMIN_KEY


@pytest.fixture
def admin_headers(admin_key: str) -> dict[str, str]:
    return {"X-API-Key": admin_key}


@pytest.fixture
def key_pepper() -> bytes:
    """The pepper the gateway hashes keys with."""
    return PEPPER.encode()


@pytest.fixture
def identity_secret() -> str:
    """The secret the gateway signs identities with."""
    return SECRET


@pytest.fixture
async def store_key(gateway_db: str) -> AsyncIterator[Callable]:
    """Save a key in the gateway's store: `await store_key(name, role, **binding)` -> (row, key)."""
    engine = make_engine(gateway_db)
    sessionmaker = make_sessionmaker(engine)

    async def store(name: str, role: str, **kw):
        row, key = new_api_key(name, role, pepper=PEPPER.encode(), **kw)
        async with sessionmaker() as session, session.begin():
            session.add(row)
        return row, key

    store.sessionmaker = sessionmaker
    yield store
    await engine.dispose()


@pytest.fixture
def is_problem() -> Callable[[httpx.Response, int], dict]:
    """Check a response is problem+json with the status, and return its body."""

    def check(resp: httpx.Response, status: int) -> dict:
        assert resp.status_code == status, resp.text
        assert resp.headers["content-type"].startswith(PROBLEM_JSON)
        body = resp.json()
        assert body["status"] == status and body["title"] and body["detail"]
        assert "Traceback" not in resp.text
        return body

    return check
