"""The value_chains service: `uvicorn services.value_chains.app:app`."""

from __future__ import annotations

from fastapi import FastAPI

from services.value_chains.config import get_settings
from services.value_chains.models import Base, kit
from services.value_chains.routes import ROUTERS
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    return create_service_app(
        ServiceSpec(
            name="value_chains",
            title="IUC value chains service",
            version="1.0.0",
            description=(
                "EU and Latin American & Caribbean regions, innovation strategies, organisations, value chains, "
                "cooperation opportunities, matchmaking and agreements."
            ),
            settings=get_settings(),
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
        )
    )


app = build_app()
