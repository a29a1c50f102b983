"""The action-plans service: `uvicorn services.action_plans.app:app`."""

from __future__ import annotations

from datetime import time, timedelta

from fastapi import FastAPI

from services.action_plans.config import get_settings
from services.action_plans.handlers import CONSUMERS
from services.action_plans.models import Base, kit
from services.action_plans.routes import ROUTERS
from services.action_plans.status import run_status_pass
from shared.jobs import PeriodicJob
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    settings = get_settings()
    # The daily status pass: at start, then each new day of the service clock (a clock shifted
    # forward makes it due at the next look, every status_check_seconds).
    status_job = PeriodicJob(
        "status", run_status_pass, daily_at=time(0, 0), tick=timedelta(seconds=settings.status_check_seconds)
    )
    return create_service_app(
        ServiceSpec(
            name="action_plans",
            title="IUC action-plans service",
            version="1.0.0",
            description="Local action plans and SECAPs: actions, tasks, indicators, computed status and progress reports.",
            settings=settings,
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=CONSUMERS,
            jobs=(status_job,),
        )
    )


app = build_app()
