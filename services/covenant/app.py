"""The covenant service: `uvicorn services.covenant.app:app`."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from fastapi import FastAPI

from services.covenant import repository, service
from services.covenant.config import get_settings
from services.covenant.domain import DEFAULT_COVENANT_MAP, RegionalCovenantMap
from services.covenant.handlers import build_consumers
from services.covenant.models import Base, CovenantImport, kit
from services.covenant.routes import ROUTERS, spawn_import
from shared.clock import Clock
from shared.importjobs import unfinished_import_ids
from shared.service import ServiceSpec, create_service_app

log = logging.getLogger("iuc.covenant")


async def resume_imports(app: FastAPI) -> None:
    """Imports that a stopped process left queued or running are picked up again."""
    async with app.state.sessionmaker() as session:
        ids = await unfinished_import_ids(session, CovenantImport)
    for import_id in ids:
        spawn_import(app, import_id)


async def compliance_schedule(app: FastAPI) -> None:
    """Reassess signatories whose deadlines have passed, at start and then on a schedule."""
    settings = app.state.settings
    while True:
        await run_compliance_pass(app)
        async with app.state.sessionmaker() as session, session.begin():
            horizon = app.state.clock.now() - timedelta(days=settings.tombstone_retention_days)
            pruned = await repository.prune_tombstones(session, horizon)
        if pruned:
            log.info("pruned %d tombstones from the change feed", pruned)
        app.state.compliance_wake.clear()
        try:
            await asyncio.wait_for(app.state.compliance_wake.wait(), timeout=settings.compliance_every_hours * 3600)
        except TimeoutError:
            pass


async def run_compliance_pass(app: FastAPI) -> int:
    """Reassess every signatory that is due, in transactions of a few hundred; how many."""
    total = 0
    while True:
        async with app.state.sessionmaker() as session, session.begin():
            clock = app.state.clock
            reg = service.Registry(session, app.state.covenants, clock.today(), clock.now())
            n = await service.reassess_due(reg)
        total += n
        if n == 0:
            return total


def build_app() -> FastAPI:
    """The service's ASGI app."""
    settings = get_settings()
    covenants = RegionalCovenantMap.from_csv(settings.regional_covenants_file or DEFAULT_COVENANT_MAP)
    # One clock for routes, consumers and the schedule, so a shifted clock moves them all.
    clock = Clock(timedelta(days=settings.clock_offset_days))
    app = create_service_app(
        ServiceSpec(
            name="covenant",
            title="IUC covenant service",
            version="1.0.0",
            description="Global Covenant of Mayors signatories, commitments, inventories, compliance and sync.",
            settings=settings,
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=build_consumers(covenants, clock),
            background=(resume_imports, compliance_schedule),
        )
    )
    app.state.covenants = covenants
    app.state.clock = clock
    app.state.compliance_wake = asyncio.Event()
    return app


app = build_app()
