"""The applications service: `uvicorn services.applications.app:app`."""

from __future__ import annotations

from fastapi import FastAPI

from services.applications.config import get_settings
from services.applications.imports import resume_imports
from services.applications.models import Base, kit
from services.applications.routes import ROUTERS
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    return create_service_app(
        ServiceSpec(
            name="applications",
            title="IUC applications service",
            version="1.0.0",
            description="Cities, calls for applications, applications and reviews.",
            settings=get_settings(),
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            startup=(resume_imports,),
        )
    )


app = build_app()
