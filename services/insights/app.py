"""The insights service: `uvicorn services.insights.app:app`."""

from __future__ import annotations

from fastapi import FastAPI

from services.insights.config import get_settings
from services.insights.handlers import CONSUMERS
from services.insights.models import Base, kit
from services.insights.routes import ROUTERS
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    return create_service_app(
        ServiceSpec(
            name="insights",
            title="IUC insights service",
            version="1.0.0",
            description="The dashboards' read model: daily aggregates of the programme's figures, built from the "
            "platform's events only and rebuildable from the stream (`python -m services.insights rebuild`).",
            settings=get_settings(),
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=CONSUMERS,
        )
    )


app = build_app()
