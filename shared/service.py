"""The one way a service app is put together: settings, database, outbox relay, consumers,
problem+json, request ids, idempotency keys, health, and clean operationIds."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.routing import APIRoute
from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import AsyncSession

from shared.bodylimit import BodyLimitMiddleware
from shared.clock import Clock, clock_control_router
from shared.consumer import Consumer, ConsumerRunner
from shared.db import make_engine, make_sessionmaker, unit_of_work
from shared.health import router as health_router
from shared.housekeeping import HOUSEKEEPING
from shared.idempotency import IdempotencyMiddleware
from shared.jobs import JobRunner, PeriodicJob
from shared.metrics import MetricsMiddleware, import_tables, router_template, service_metrics_router
from shared.nats import connect_with_retry, ensure_streams_when_ready
from shared.openapi import install_openapi
from shared.outbox import PARK_AFTER, CommitSignal, OutboxRelay, wake_subject
from shared.problems import install_problem_handlers
from shared.requestid import RequestIdMiddleware, configure_logging
from shared.settings import ServiceSettings
from shared.tables import KitTables
from shared.tracing import configure_tracing, fastapi_telemetry

log = logging.getLogger("iuc.service")

# Runs once at start (e.g. resuming imports a stopped process left); periodic work is a PeriodicJob.
StartupTask = Callable[[FastAPI], Awaitable[None]]


@dataclass
class ServiceSpec:
    """What makes one service different from another."""

    name: str
    title: str
    version: str
    settings: ServiceSettings
    metadata: MetaData
    kit: KitTables
    routers: Sequence[APIRouter]
    consumers: Sequence[Consumer] = ()
    jobs: Sequence[PeriodicJob] = ()
    startup: Sequence[StartupTask] = field(default_factory=tuple)
    description: str = ""


def operation_id(route: APIRoute) -> str:
    """Stable operationIds for generated clients: the route function's name."""
    return route.name


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's unit of work: committed before the response is sent, rolled back on error."""
    async for session in unit_of_work(request.app.state.sessionmaker):
        yield session


# scope="function": the commit happens before the response goes out, so a failed commit
# becomes an error answer and a client never reads data that was not stored.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def _run_forever(name: str, coro_factory: Callable[[], Awaitable[None]]) -> None:
    while True:
        try:
            await coro_factory()
            return
        except asyncio.CancelledError:
            raise
        except Exception:  # a background loop must not die silently
            log.exception("%s stopped with an error; restarting in 1s", name)
            await asyncio.sleep(1.0)


async def _messaging(app: FastAPI, spec: ServiceSpec) -> None:
    """Connect to NATS (retrying), declare streams, then run the relay and the consumers."""
    settings = spec.settings
    nc = await connect_with_retry(settings.nats_url, f"iuc-{spec.name}")
    app.state.nats = nc
    js = nc.jetstream()
    await ensure_streams_when_ready(js, settings.stream_name, settings.stream_replicas)
    signal: CommitSignal = app.state.commit_signal
    tasks = [asyncio.create_task(_run_forever("relay wake-ups", lambda: signal.run(nc)))]
    relay: OutboxRelay | None = app.state.relay
    if relay is not None:
        # A client nats-py has closed for good is replaced by one of the relay's own.
        relay.connect(
            nc, stream=settings.stream_name, reconnect=lambda: connect_with_retry(settings.nats_url, f"iuc-{spec.name}-relay")
        )
        await relay.listen(nc, signal.subject)
        tasks.append(asyncio.create_task(_run_forever("outbox relay", relay.run)))
    if settings.run_consumers:
        for consumer in spec.consumers:
            runner = ConsumerRunner(
                consumer, app.state.sessionmaker, spec.kit.inbox, js, settings.stream_name, clock=app.state.clock, state=app.state
            )
            app.state.consumers.append(runner)
            tasks.append(asyncio.create_task(_run_forever(f"consumer {consumer.durable}", runner.run)))
    try:
        await asyncio.gather(*tasks)
    finally:
        for t in tasks:
            t.cancel()


def settle_garbage_collector() -> None:
    """Freeze what start-up built, and collect less often, so full collections stay short.

    A service holds tens of thousands of long-lived objects (models, schemas, compiled SQL,
    reference data); every full collection walked all of them, a 60-100 ms pause every dozen
    list requests of 100 items (decision 0009). Frozen objects are never walked again.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def create_service_app(spec: ServiceSpec) -> FastAPI:
    """Build the FastAPI app of one service from its spec."""
    settings = spec.settings
    configure_logging(settings.log_level, spec.name)
    configure_tracing(spec.name)  # IUC_OTEL_EXPORTER; off by default (decision 0023)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.refuse_unsafe_defaults()  # before anything is opened: the process exits with the reason
        engine = make_engine(settings.resolved_database_url())
        app.state.engine = engine
        app.state.sessionmaker = make_sessionmaker(engine)
        # Commits wake the relay: this process's own, and over NATS those of other processes
        # (`python -m shared.relay <service>` where the relay runs apart, as `make run` does).
        app.state.commit_signal = CommitSignal(app.state.sessionmaker, wake_subject(spec.name))
        app.state.relay = OutboxRelay(app.state.sessionmaker, spec.kit.outbox, None) if settings.run_relay else None
        app.state.consumers = []
        app.state.nats = None
        tasks = [asyncio.create_task(_messaging(app, spec))]
        tasks += [asyncio.create_task(runner.run_forever()) for runner in app.state.jobs.values()]
        tasks += [asyncio.create_task(_run_forever(task.__name__, lambda task=task: task(app))) for task in spec.startup]
        settle_garbage_collector()
        try:
            yield
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if app.state.nats is not None:
                with contextlib.suppress(Exception):
                    await app.state.nats.close()
            if app.state.relay is not None:
                with contextlib.suppress(Exception):
                    await app.state.relay.close()
            await engine.dispose()

    app = FastAPI(
        title=spec.title,
        version=spec.version,
        description=spec.description,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        # FastAPI's own request spans on our provider while tracing is on; nothing while off (decision 0023).
        telemetry=fastapi_telemetry(),
    )
    app.state.settings = settings
    app.state.kit = spec.kit
    # One clock for routes, consumers and jobs, so a shifted clock moves them all.
    app.state.clock = Clock(timedelta(days=settings.clock_offset_days))
    app.state.jobs = {job.name: JobRunner(job, app) for job in (HOUSEKEEPING, *spec.jobs)}
    install_problem_handlers(app)
    app.include_router(health_router)
    # On the service's own port only: the gateway forwards `/v1/...` and nothing else.
    durables = [c.durable for c in spec.consumers]
    app.include_router(
        service_metrics_router(spec.name, settings.stream_name, durables, import_tables(spec.metadata), PARK_AFTER)
    )
    if settings.test_clock_control:
        app.include_router(clock_control_router)
    for router in spec.routers:
        app.include_router(router)
    install_openapi(app)
    app.add_middleware(IdempotencyMiddleware)
    # Outside the idempotency middleware, which reads whole bodies: no body passes its limit.
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(RequestIdMiddleware)
    # Outermost: every answer is counted, those of the middlewares above too.
    app.add_middleware(MetricsMiddleware, service=spec.name, route_of=router_template(app))
    return app
