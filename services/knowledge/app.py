"""The knowledge service: `uvicorn services.knowledge.app:app`."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI

from services.knowledge.config import get_settings
from services.knowledge.handlers import build_consumers
from services.knowledge.models import Base, kit
from services.knowledge.routes import ROUTERS
from shared.clock import Clock
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    settings = get_settings()
    # One clock for routes and consumers, so a shifted clock moves both.
    clock = Clock(timedelta(days=settings.clock_offset_days))
    app = create_service_app(
        ServiceSpec(
            name="knowledge",
            title="IUC knowledge service",
            version="1.0.0",
            description="The good-practice and lessons-learnt library: practices, resources, full-text search with facets.",
            settings=settings,
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=build_consumers(clock),
        )
    )
    app.state.clock = clock
    return app


app = build_app()
