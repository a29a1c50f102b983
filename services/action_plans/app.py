"""The action-plans service: `uvicorn services.action_plans.app:app`."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from fastapi import FastAPI

from services.action_plans.config import get_settings
from services.action_plans.handlers import build_consumers
from services.action_plans.models import Base, kit
from services.action_plans.routes import ROUTERS
from services.action_plans.status import run_status_pass
from shared.clock import Clock
from shared.service import ServiceSpec, create_service_app


async def status_schedule(app: FastAPI) -> None:
    """Run the pass at start and whenever the clock's date has moved on since the last one."""
    settings = app.state.settings
    while True:
        last: date | None = app.state.status_pass_on
        if last is None or app.state.clock.today() != last:
            await run_status_pass(app)
        app.state.status_wake.clear()
        try:
            await asyncio.wait_for(app.state.status_wake.wait(), timeout=settings.status_check_seconds)
        except TimeoutError:
            pass


def build_app() -> FastAPI:
    """The service's ASGI app."""
    settings = get_settings()
    # One clock for routes, consumers and the schedule, so a shifted clock moves them all.
    clock = Clock(timedelta(days=settings.clock_offset_days))
    app = create_service_app(
        ServiceSpec(
            name="action_plans",
            title="IUC action-plans service",
            version="1.0.0",
            description="Local action plans and SECAPs: actions, tasks, indicators, computed status and progress reports.",
            settings=settings,
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=build_consumers(clock, settings.default_plan_months),
            background=(status_schedule,),
        )
    )
    app.state.clock = clock
    app.state.status_wake = asyncio.Event()
    app.state.status_pass_lock = asyncio.Lock()
    app.state.status_pass_on = None
    return app


app = build_app()
