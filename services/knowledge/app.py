"""The knowledge service: `uvicorn services.knowledge.app:app`."""

from __future__ import annotations

from fastapi import FastAPI

from services.knowledge.config import get_settings
from services.knowledge.handlers import CONSUMERS
from services.knowledge.models import Base, kit
from services.knowledge.routes import ROUTERS
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    return create_service_app(
        ServiceSpec(
            name="knowledge",
            title="IUC knowledge service",
            version="1.0.0",
            description="The good-practice and lessons-learnt library: practices, resources, full-text search with facets.",
            settings=get_settings(),
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=CONSUMERS,
        )
    )


app = build_app()
