"""Prometheus metrics: `/metrics` on the gateway and on every service's own port.

Requests are counted by a pure ASGI middleware (the hot path: no BaseHTTPMiddleware, one dict
lookup per request for the label children). The route label is the route *template*
(`/v1/calls/{call_id}`), never the raw path, so the number of series stays bounded.

What lives outside the process (outbox rows, JetStream consumers, the dead-letter stream,
running imports) is read at scrape time, each source with a short timeout: a scrape costs a
couple of indexed queries and two JetStream info requests, and a source that does not answer
leaves its gauges as they were and sets `iuc_metrics_source_up{source=...}` to 0.

One process per service (no uvicorn workers), so the default registry is right.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import Table, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.routing import Match

from shared.nats import dlq_stream_name

log = logging.getLogger("iuc.metrics")

# Scrape-time reads wait at most this long each; Prometheus' default scrape timeout is 10 s.
SOURCE_TIMEOUT = 2.0
UNMATCHED = "unmatched"
# Any other method a client invents is counted as "OTHER": a label value must not come from the caller.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Latency buckets (seconds): the gateway adds ~1 ms, lists take tens of ms, imports' uploads seconds.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

HTTP_REQUESTS = Counter(
    "iuc_http_requests", "HTTP requests answered, by route template, method and status.", ["service", "route", "method", "status"]
)
HTTP_DURATION = Histogram(
    "iuc_http_request_duration_seconds",
    "Time to answer an HTTP request, by route template and method.",
    ["service", "route", "method"],
    buckets=BUCKETS,
)
OUTBOX_UNPUBLISHED = Gauge("iuc_outbox_unpublished_rows", "Outbox rows not yet published to JetStream.", ["service"])
OUTBOX_PARKED = Gauge("iuc_outbox_parked_rows", "Outbox rows the relay left alone (refused PARK_AFTER times).", ["service"])
OUTBOX_OLDEST = Gauge(
    "iuc_outbox_oldest_unpublished_age_seconds", "Age of the oldest unpublished outbox row (0 when none).", ["service"]
)
CONSUMER_PENDING = Gauge(
    "iuc_consumer_pending", "Stream messages a durable consumer has not been delivered yet.", ["service", "consumer"]
)
CONSUMER_ACK_PENDING = Gauge(
    "iuc_consumer_ack_pending", "Messages delivered to a durable consumer and not acknowledged yet.", ["service", "consumer"]
)
CONSUMER_REDELIVERED = Gauge(
    "iuc_consumer_redelivered", "Messages a durable consumer has had delivered more than once (unacked).", ["service", "consumer"]
)
DEAD_LETTERS = Gauge("iuc_dead_letters", "Messages in the dead-letter stream (IUC_DLQ), seen by this process.", ["service"])
IMPORTS_RUNNING = Gauge("iuc_imports_running", "Imports running now.", ["service", "kind"])
IMPORT_ROWS_TOTAL = Gauge("iuc_import_rows_total", "Rows in the files of the running imports.", ["service", "kind"])
IMPORT_ROWS_DONE = Gauge("iuc_import_rows_done", "Rows the running imports have handled so far.", ["service", "kind"])
SOURCE_UP = Gauge(
    "iuc_metrics_source_up", "1 when the last scrape could read the source (database, nats).", ["service", "source"]
)
BREAKER_STATE = Gauge(
    "iuc_gateway_breaker_state", "The gateway's circuit breaker per service: 1 for its current state.", ["service", "state"]
)
BREAKER_STATES = ("closed", "open", "half_open")

# Every metric name the platform exports (for the dashboard check); counters gain `_total`, histograms their series.
METRIC_NAMES = frozenset(
    {
        "iuc_http_requests_total",
        "iuc_http_request_duration_seconds_bucket",
        "iuc_http_request_duration_seconds_sum",
        "iuc_http_request_duration_seconds_count",
        *(
            g._name
            for g in (
                OUTBOX_UNPUBLISHED,
                OUTBOX_PARKED,
                OUTBOX_OLDEST,
                CONSUMER_PENDING,
                CONSUMER_ACK_PENDING,
                CONSUMER_REDELIVERED,
                DEAD_LETTERS,
                IMPORTS_RUNNING,
                IMPORT_ROWS_TOTAL,
                IMPORT_ROWS_DONE,
                SOURCE_UP,
                BREAKER_STATE,
            )
        ),
    }
)

RouteOf = Callable[[dict], str | None]


def router_template(app: Any) -> RouteOf:
    """A fallback for answers given before routing (an idempotent replay, a refused body): the
    template of the first route of `app` that matches the path, whatever the method."""

    def template(scope: dict) -> str | None:
        for route in app.router.routes:
            match, _ = route.matches(scope)
            if match is not Match.NONE:
                return getattr(route, "path", None)
        return None

    return template


class MetricsMiddleware:
    """Pure ASGI: counts each HTTP answer by (route template, method, status) and times it.

    The template is `scope["route"].path`, which the router sets on the shared scope; answers
    given before routing use `route_of(scope)`; anything else is `unmatched`.
    """

    def __init__(self, app, service: str, route_of: RouteOf | None = None) -> None:
        self.app = app
        self.service = service
        self.route_of = route_of
        self._counters: dict[tuple[str, str, int], Any] = {}
        self._timers: dict[tuple[str, str], Any] = {}

    def _route(self, scope: dict) -> str:
        route = scope.get("route")
        path = getattr(route, "path", None)
        if path is None and self.route_of is not None:
            path = self.route_of(scope)
        return path or UNMATCHED

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500  # an exception before the answer started is a 500 to the caller

        async def send_counted(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_counted)
        finally:
            self._observe(scope, status, time.perf_counter() - start)

    def _observe(self, scope: dict, status: int, seconds: float) -> None:
        route, method = self._route(scope), scope["method"]
        if method not in METHODS:
            method = "OTHER"
        counter = self._counters.get((route, method, status))
        if counter is None:
            counter = self._counters[(route, method, status)] = HTTP_REQUESTS.labels(self.service, route, method, str(status))
        timer = self._timers.get((route, method))
        if timer is None:
            timer = self._timers[(route, method)] = HTTP_DURATION.labels(self.service, route, method)
        counter.inc()
        timer.observe(seconds)


def exposition() -> Response:
    """The default registry in Prometheus' text format."""
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


# --- what a service reads at scrape time ---------------------------------------------------------


_source_was_up: dict[tuple[str, str], bool] = {}


async def _bounded(service: str, source: str, reads: Sequence) -> None:
    """Run the reads of one source within SOURCE_TIMEOUT; record whether it answered."""
    try:
        async with asyncio.timeout(SOURCE_TIMEOUT):
            for read in reads:
                await read
        SOURCE_UP.labels(service, source).set(1)
    except Exception as exc:  # noqa: BLE001 - a scrape must answer whatever a source does
        for read in reads:
            if asyncio.iscoroutine(read):
                read.close()
        if _source_was_up.get((service, source), True):  # once per outage, not at every scrape
            log.warning("metrics: %s unreadable: %s", source, exc or type(exc).__name__)
        _source_was_up[(service, source)] = False
        SOURCE_UP.labels(service, source).set(0)
    else:
        _source_was_up[(service, source)] = True


async def read_outbox(service: str, sessionmaker: async_sessionmaker[AsyncSession], outbox: Table, park_after: int) -> None:
    """Unpublished and parked rows and the oldest one's age: one query on the unpublished index."""
    unpublished = outbox.c.published_at.is_(None)
    query = select(
        func.count(),
        func.min(outbox.c.created_at),
        func.coalesce(func.sum(case((outbox.c.attempts >= park_after, 1), else_=0)), 0),
    ).where(unpublished)
    async with sessionmaker() as session:
        count, oldest, parked = (await session.execute(query)).one()
    OUTBOX_UNPUBLISHED.labels(service).set(count)
    OUTBOX_PARKED.labels(service).set(parked)
    if oldest is not None and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=UTC)
    OUTBOX_OLDEST.labels(service).set(max(0.0, (datetime.now(UTC) - oldest).total_seconds()) if oldest else 0.0)


async def read_imports(service: str, sessionmaker: async_sessionmaker[AsyncSession], tables: Iterable[Table]) -> None:
    """Running imports per kind (table): how many, their rows in all and the rows handled."""
    async with sessionmaker() as session:
        for table in tables:
            c = table.c
            done = c.created + c.updated + c.unchanged + c.failed
            query = select(func.count(), func.coalesce(func.sum(c.total), 0), func.coalesce(func.sum(done), 0))
            running, total, handled = (await session.execute(query.where(c.status == "running"))).one()
            IMPORTS_RUNNING.labels(service, table.name).set(running)
            IMPORT_ROWS_TOTAL.labels(service, table.name).set(total)
            IMPORT_ROWS_DONE.labels(service, table.name).set(handled)


async def read_jetstream(service: str, js: Any, stream: str, durables: Iterable[str]) -> None:
    """Pending, unacknowledged and redelivered counts of the service's durables; the DLQ's size."""
    for durable in durables:
        info = await js.consumer_info(stream, durable, timeout=SOURCE_TIMEOUT)
        CONSUMER_PENDING.labels(service, durable).set(info.num_pending or 0)
        CONSUMER_ACK_PENDING.labels(service, durable).set(info.num_ack_pending or 0)
        CONSUMER_REDELIVERED.labels(service, durable).set(info.num_redelivered or 0)
    dlq = await js.stream_info(dlq_stream_name(stream))  # bounded by the caller (no timeout argument)
    DEAD_LETTERS.labels(service).set(dlq.state.messages)


def import_tables(metadata: Any) -> list[Table]:
    """The service's import tables: those mapped by a class with the kit's ImportJobColumns."""
    from shared.importjobs import ImportJobColumns

    def subclasses(cls: type) -> Iterable[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    tables = {getattr(cls, "__table__", None) for cls in subclasses(ImportJobColumns)}
    return sorted((t for t in tables if t is not None and t.metadata is metadata), key=lambda t: t.name)


def service_metrics_router(
    service: str, stream: str, durables: Sequence[str], imports: Sequence[Table], park_after: int
) -> APIRouter:
    """`/metrics` of a service: read the outbox, imports and JetStream, then expose the registry."""
    router = APIRouter()

    @router.get("/metrics", include_in_schema=False)
    async def metrics(request: Request) -> Response:
        state = request.app.state
        sessionmaker = getattr(state, "sessionmaker", None)
        reads = []
        if sessionmaker is not None:
            db = [read_outbox(service, sessionmaker, state.kit.outbox, park_after), read_imports(service, sessionmaker, imports)]
            reads.append(_bounded(service, "database", db))
        nc = getattr(state, "nats", None)
        if nc is not None and nc.is_connected:
            reads.append(_bounded(service, "nats", [read_jetstream(service, nc.jetstream(), stream, durables)]))
        else:
            SOURCE_UP.labels(service, "nats").set(0)
        await asyncio.gather(*reads)
        return exposition()

    return router


# --- the gateway ---------------------------------------------------------------------------------


def _state_name(state: Any) -> str:
    value = getattr(state, "value", state)
    return str(getattr(value, "name", value)).lower().replace("-", "_").replace(" ", "_")


def read_breakers(breakers: Any) -> None:
    """The gateway's breakers (`{service: breaker}` with a `.state`), read defensively: a breaker
    whose state cannot be read is skipped, not a failed scrape."""
    if not isinstance(breakers, dict):
        return
    for name, breaker in breakers.items():
        try:
            current = _state_name(breaker.state)
        except Exception:  # noqa: BLE001
            continue
        for state in {*BREAKER_STATES, current}:
            BREAKER_STATE.labels(str(name), state).set(1 if state == current else 0)


def gateway_metrics_router(breakers: Callable[[], Any]) -> APIRouter:
    """`/metrics` of the gateway: requests (by service prefix) and breaker states (`breakers()`)."""
    router = APIRouter()

    @router.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        read_breakers(breakers())
        return exposition()

    return router


def prefix_template(prefixes: Iterable[str]) -> RouteOf:
    """The route label of a proxied request: the public prefix that owns the path (the gateway's
    routing rule: longest prefix, owning itself, its sub-paths and its custom verbs)."""
    ordered = sorted(set(prefixes), key=len, reverse=True)

    def template(scope: dict) -> str | None:
        path = scope["path"]
        for prefix in ordered:
            if path.startswith(prefix) and (len(path) == len(prefix) or path[len(prefix)] in "/:"):
                return prefix
        return None

    return template
