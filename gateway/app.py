"""The gateway's ASGI app: `uvicorn gateway.app:app --port 8000`.

`/v1/...` goes straight to the proxy (a raw ASGI handler, no framework on the hot path);
the few other routes (health, readiness, merged OpenAPI, AsyncAPI, docs) are a small
FastAPI app that also owns start-up and shut-down.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import AsyncIterator, Sequence

import aiohttp
import orjson
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import text
from starlette.middleware.cors import CORSMiddleware

from gateway import repository
from gateway.auth import KeyAuthenticator
from gateway.config import GatewaySettings, get_settings
from gateway.keys import ensure_bootstrap_admin, hash_key, identity_of
from gateway.oauth import TOKEN_PATH, OAuthError, granted_scopes, issue_token, parse_token_request, token_secret
from gateway.openapi import OpenApiCache
from gateway.proxy import Proxy, RouteTable, new_upstream_session, send_problem
from gateway.ratelimit import RateLimiter
from shared.asyncapi import build_asyncapi
from shared.catalog import SERVICES, ServiceEntry
from shared.db import make_engine, make_sessionmaker
from shared.problems import PROBLEM_JSON, install_problem_handlers, problem_body
from shared.requestid import RequestIdMiddleware, configure_logging

try:  # importing the contracts registers every event type for /asyncapi.json
    import shared.contracts  # noqa: F401
except ImportError:  # pragma: no cover - only while the contracts package is being written
    logging.getLogger("iuc.gateway").warning("shared.contracts could not be imported; /asyncapi.json is partial")

log = logging.getLogger("iuc.gateway")

TITLE = "IUC Platform API"
VERSION = "1.0.0"
DESCRIPTION = (
    "The public REST API of the EU International Urban Cooperation programme platform. "
    "Send your API key in the `X-API-Key` header, or exchange it for an OAuth2 access token "
    "(client credentials: `POST /oauth/token` with client_id = the key's id, client_secret = "
    "the key) and send `Authorization: Bearer <token>`. Errors are RFC 9457 problem+json."
)
# The token answer must not be kept by any cache (RFC 6749, 5.1).
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class Gateway:
    """Dispatches `/v1` to the proxy and everything else to the FastAPI app."""

    def __init__(self, proxy: Proxy, meta: FastAPI) -> None:
        self.proxy = proxy
        self.meta = meta

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1"):
            try:
                await self.proxy(scope, receive, send)
            except Exception:
                # A bug, not an upstream fault (those are answered in the proxy): still no stack trace out.
                log.exception("proxy failed on %s %s", scope["method"], scope["path"])
                with contextlib.suppress(Exception):  # the answer may have started already
                    await send_problem(
                        send, 500, "An unexpected error occurred; it is logged with the request id.", scope["path"]
                    )
        else:
            await self.meta(scope, receive, send)


def _json(doc: dict) -> Response:
    # Large documents: orjson is several times faster than the standard encoder.
    return Response(orjson.dumps(doc), media_type="application/json")


async def _probe(session: aiohttp.ClientSession, base: str, timeout: aiohttp.ClientTimeout) -> str:
    try:
        async with session.get(base + "/readyz", timeout=timeout) as resp:
            return "ok" if resp.status == 200 else f"not ready ({resp.status})"
    except (TimeoutError, aiohttp.ClientError) as exc:
        return f"unreachable ({type(exc).__name__})"


def create_app(settings: GatewaySettings | None = None, services: Sequence[ServiceEntry] = SERVICES) -> RequestIdMiddleware:
    """Build the gateway for `services` (the catalogue by default); `.app` is the `Gateway`
    (behind CORS when `IUC_GATEWAY_CORS_ORIGINS` is set)."""
    settings = settings or get_settings()
    configure_logging(settings.log_level, "gateway")
    proxy = Proxy(RouteTable(services), limiter=RateLimiter(settings.rate_limit))
    bases = {entry.name: entry.url().rstrip("/") for entry in services}
    openapi = OpenApiCache(
        services,
        lambda: proxy.session,
        timeout=settings.probe_timeout,
        max_age=settings.openapi_cache_seconds,
        title=TITLE,
        version=VERSION,
        description=DESCRIPTION,
    )

    @contextlib.asynccontextmanager
    async def lifespan(meta: FastAPI) -> AsyncIterator[None]:
        # Migrations are the launcher's job (`python -m shared.migrate gateway`), not the app's.
        engine = make_engine(settings.resolved_database_url())
        sessionmaker = make_sessionmaker(engine)
        meta.state.engine = engine
        meta.state.sessionmaker = sessionmaker
        proxy.auth = KeyAuthenticator(
            sessionmaker,
            settings.identity_secret,
            cache_seconds=settings.key_cache_seconds,
            identity_ttl=settings.identity_ttl,
            resign_seconds=settings.identity_resign_seconds,
        )
        proxy.session = new_upstream_session(
            max_connections=settings.upstream_max_connections,
            keepalive_seconds=settings.upstream_keepalive_seconds,
            timeout=settings.upstream_timeout,
            connect_timeout=settings.upstream_connect_timeout,
        )
        try:
            if settings.admin_api_key:
                await ensure_bootstrap_admin(sessionmaker, settings.admin_api_key)
            log.info("gateway routing to %s", ", ".join(f"{n}={u}" for n, u in bases.items()))
            yield
        finally:
            await proxy.session.close()
            await engine.dispose()

    meta = FastAPI(title=TITLE, version=VERSION, lifespan=lifespan, openapi_url=None, docs_url=None, redoc_url=None)
    meta.state.settings = settings
    install_problem_handlers(meta)
    probe_timeout = aiohttp.ClientTimeout(total=settings.probe_timeout)
    asyncapi_doc: dict = {}

    @meta.get("/healthz")
    async def healthz() -> dict:
        """Alive: the process answers."""
        return {"status": "ok", "service": "gateway"}

    @meta.get("/readyz")
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
        results = await asyncio.gather(key_store(), *(_probe(proxy.session, bases[n], probe_timeout) for n in names))
        checks = {"gateway_database": results[0], **dict(zip(names, results[1:], strict=True))}
        if all(v == "ok" for v in checks.values()):
            return JSONResponse({"status": "ready", "checks": checks})
        down = ", ".join(f"{k} {v}" for k, v in checks.items() if v != "ok")
        return JSONResponse(problem_body(503, f"Not ready: {down}.", checks=checks), status_code=503, media_type=PROBLEM_JSON)

    access_token_secret = token_secret(settings.identity_secret)

    @meta.post(TOKEN_PATH)
    async def oauth_token(request: Request) -> Response:
        """OAuth2 client credentials: an API key's id and secret for a bearer access token."""
        try:
            req = parse_token_request(
                await request.body(), request.headers.get("content-type", ""), request.headers.get("authorization")
            )
            try:
                async with request.app.state.sessionmaker() as session:
                    key = await repository.key_by_hash(session, hash_key(req.client_secret))
            except Exception as exc:  # noqa: BLE001 - the key store is down: the client may retry
                log.error("key store unreadable at the token endpoint: %s", exc)
                return JSONResponse(
                    problem_body(503, "Clients cannot be checked right now; try again shortly."),
                    status_code=503,
                    media_type=PROBLEM_JSON,
                )
            if key is None or not key.is_active or not hmac.compare_digest(key.id.encode(), req.client_id.encode()):
                raise OAuthError("invalid_client", "Unknown client, wrong secret, or a revoked key.", 401)
            scopes = granted_scopes(identity_of(key), req.scopes)
        except OAuthError as exc:
            challenge = {"WWW-Authenticate": 'Basic realm="iuc"'} if exc.status == 401 else {}
            return JSONResponse(exc.body(), status_code=exc.status, headers=challenge | NO_STORE)
        token = issue_token(access_token_secret, key.id, scopes, settings.token_ttl)
        answer = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": settings.token_ttl,
            "scope": " ".join(sorted(scopes)),
        }
        return JSONResponse(answer, headers=NO_STORE)

    @meta.get("/openapi.json")
    async def openapi_json() -> Response:
        """The merged OpenAPI 3.1 document of every service."""
        return _json(await openapi.document())

    @meta.get("/asyncapi.json")
    async def asyncapi_json() -> Response:
        """The AsyncAPI 3.0 document of every event, generated from the contracts."""
        if not asyncapi_doc:
            asyncapi_doc.update(build_asyncapi(nats_url=settings.nats_url, stream=settings.stream_name))
        return _json(asyncapi_doc)

    @meta.get("/docs")
    async def docs() -> HTMLResponse:
        """Swagger UI for the merged document (its assets come from a CDN)."""
        return get_swagger_ui_html(openapi_url="/openapi.json", title=f"{TITLE} - docs")

    gateway = Gateway(proxy, meta)
    if origins := settings.cors_origin_list():
        # Browsers (the programme's dashboards) send the key or token in a header, never a
        # cookie, so no credentials mode; preflights are answered here, before any key check.
        gateway = CORSMiddleware(
            gateway,
            allow_origins=origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["X-API-Key", "Authorization", "Content-Type", "Idempotency-Key", "If-Match", "X-Request-Id"],
            expose_headers=["ETag", "Location", "Retry-After", "X-Request-Id", "Idempotent-Replayed"],
            max_age=600,
        )
    return RequestIdMiddleware(gateway)


app = create_app()
