"""The gateway's ASGI app: `uvicorn gateway.app:app --port 8000`.

`/v1/...` goes straight to the proxy (a raw ASGI handler, no framework on the hot path);
the few other routes (health, readiness, OAuth2 tokens, merged OpenAPI, AsyncAPI, docs) are
a small FastAPI app that also owns start-up and shut-down. This module only assembles them:
the routes live in gateway/health.py, gateway/token_endpoint.py, gateway/meta.py and
gateway/docs_pages.py.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Mapping, Sequence

import aiohttp
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp

from gateway.auth import KeyAuthenticator
from gateway.breaker import CircuitBreaker
from gateway.config import GatewaySettings, get_settings
from gateway.dashboard import dashboard_router
from gateway.docs_pages import docs_pages_router
from gateway.headers import SecurityHeaders
from gateway.health import health_router
from gateway.internal import internal_router
from gateway.keys import WrongPepper, check_pepper, ensure_bootstrap_admin
from gateway.keystrength import admin_key_problem
from gateway.meta import TITLE, VERSION, docs_router
from gateway.openapi import finish_gateway_document
from gateway.proxy import Proxy, RouteTable, new_upstream_session, send_problem
from gateway.ratelimit import AuthFailureThrottle, Counters, RateLimiter, new_storage
from gateway.token_endpoint import token_router
from shared.bodylimit import BodyLimitMiddleware
from shared.catalog import SERVICES, ServiceEntry
from shared.db import make_engine, make_sessionmaker
from shared.metrics import MetricsMiddleware, gateway_metrics_router, prefix_template
from shared.openapi import install_openapi
from shared.problems import install_problem_handlers
from shared.requestid import RequestIdMiddleware, configure_logging
from shared.settings import UnsafeSettings
from shared.tracing import TracingMiddleware, configure_tracing, fastapi_telemetry
from shared.tracing import enabled as tracing_enabled

log = logging.getLogger("iuc.gateway")


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


def _lifespan(
    settings: GatewaySettings, proxy: Proxy, bases: Mapping[str, str]
) -> Callable[[FastAPI], contextlib.AbstractAsyncContextManager[None]]:
    @contextlib.asynccontextmanager
    async def lifespan(meta: FastAPI) -> AsyncIterator[None]:
        # Refused before anything opens: the process exits with the reason (shared/settings.py, gateway/keystrength.py).
        settings.refuse_unsafe_defaults()
        problem = settings.admin_api_key and admin_key_problem(settings.admin_api_key)
        if problem:
            raise UnsafeSettings(f"gateway refuses to start: {problem}")
        pepper = settings.resolved_key_pepper()
        # Migrations are the launcher's job (`python -m shared.migrate gateway`), not the app's.
        engine = make_engine(settings.resolved_database_url())
        sessionmaker = make_sessionmaker(engine)
        meta.state.engine = engine
        meta.state.sessionmaker = sessionmaker
        meta.state.key_pepper = pepper
        proxy.auth = KeyAuthenticator(
            sessionmaker,
            settings.identity_secret,
            pepper=pepper,
            cache_seconds=settings.key_cache_seconds,
            identity_ttl=settings.identity_ttl,
            resign_seconds=settings.identity_resign_seconds,
        )
        proxy.session = new_upstream_session(
            max_connections=settings.upstream_max_connections,
            keepalive_seconds=settings.upstream_keepalive_seconds,
            timeout=settings.read_timeout,
            connect_timeout=settings.connect_timeout,
        )
        try:
            try:
                await check_pepper(sessionmaker, pepper)
            except WrongPepper as exc:
                raise UnsafeSettings(f"gateway refuses to start: {exc}") from exc
            if settings.admin_api_key:
                await ensure_bootstrap_admin(sessionmaker, settings.admin_api_key, pepper)
            log.info("gateway routing to %s", ", ".join(f"{n}={u}" for n, u in bases.items()))
            yield
        finally:
            await proxy.session.close()
            await engine.dispose()

    return lifespan


def _with_cors(app: ASGIApp, origins: list[str]) -> ASGIApp:
    if not origins:
        return app
    # Browsers (the programme's dashboards) send the key or token in a header, never a
    # cookie, so no credentials mode; preflights are answered here, before any key check.
    return CORSMiddleware(
        app,
        allow_origins=origins,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["X-API-Key", "Authorization", "Content-Type", "Idempotency-Key", "If-Match", "X-Request-Id"],
        expose_headers=["ETag", "Location", "Retry-After", "X-Request-Id", "Idempotent-Replayed"],
        max_age=600,
    )


def create_app(settings: GatewaySettings | None = None, services: Sequence[ServiceEntry] = SERVICES) -> RequestIdMiddleware:
    """Build the gateway for `services`: the `Gateway` behind CORS (when origins are set), the failed
    credentials throttle and the security headers; `.gateway` is the `Gateway` itself."""
    settings = settings or get_settings()
    configure_logging(settings.log_level, "gateway")
    configure_tracing("gateway")  # IUC_OTEL_EXPORTER; off by default (decision 0023)
    # One storage for both the per-key limit and the failed-credentials throttle (memory or a shared Redis).
    counters = Counters(new_storage(settings.rate_limit_storage, settings.rate_limit_prefix))
    breakers = {
        entry.name: CircuitBreaker(entry.name, settings.breaker_failures, settings.breaker_reset_seconds) for entry in services
    }
    timeouts = {}
    for entry in services:
        connect, read = settings.upstream_timeouts(entry.name)
        # Read timeout, not total: a slow first byte is a 504, a long download is fine.
        timeouts[entry.name] = aiohttp.ClientTimeout(total=None, connect=connect, sock_read=read)
    proxy = Proxy(
        RouteTable(services),
        limiter=RateLimiter(settings.rate_limit, counters),
        open_limiter=RateLimiter(settings.showcase_rate_limit, counters),
        breakers=breakers,
        timeouts=timeouts,
    )
    bases = {entry.name: entry.url().rstrip("/") for entry in services}
    lifespan = _lifespan(settings, proxy, bases)
    meta = FastAPI(
        title=TITLE,
        version=VERSION,
        lifespan=lifespan,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        telemetry=fastapi_telemetry(native=False),  # TracingMiddleware below spans every request once
    )
    meta.state.settings = settings
    # Read by /metrics and /readyz: `meta.state.breakers[name].state` (gateway/breaker.py).
    meta.state.breakers = breakers
    meta.state.rate_limit_counters = counters
    install_problem_handlers(meta)
    meta.add_middleware(BodyLimitMiddleware)  # /oauth/token reads its form whole
    install_openapi(meta, finish=finish_gateway_document)
    meta.include_router(health_router(proxy, bases, settings.probe_timeout))
    meta.include_router(token_router(settings))
    meta.include_router(internal_router(settings.identity_secret))
    meta.include_router(docs_router(settings, services, lambda: proxy.session, own=meta.openapi))
    meta.include_router(docs_pages_router(TITLE))
    meta.include_router(dashboard_router())
    # For operators, like /readyz: counts by route and breaker states, nothing about callers (decision in README).
    meta.include_router(gateway_metrics_router(lambda: getattr(meta.state, "breakers", None) or getattr(proxy, "breakers", None)))
    gateway = Gateway(proxy, meta)
    app = AuthFailureThrottle(_with_cors(gateway, settings.cors_origin_list()), settings.auth_failure_limit, counters)
    app = SecurityHeaders(app, behind_tls=settings.behind_tls)
    if tracing_enabled():
        # The span starts the trace (or joins the caller's); the proxy hands it on in `traceparent`.
        app = TracingMiddleware(app, name="gateway")
    outer = RequestIdMiddleware(app)
    # Inside the request id, outside everything else: throttled and refused answers are counted too;
    # a proxied request's route label is the public prefix that owns it, a meta route's its template.
    outer.app = MetricsMiddleware(outer.app, "gateway", prefix_template(p for e in services for p in e.prefixes))
    outer.gateway = gateway
    outer.state = meta.state  # so `app.state.breakers` reads the same from outside
    return outer


app = create_app()
