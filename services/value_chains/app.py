"""The value_chains service: `uvicorn services.value_chains.app:app`."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI

from services.value_chains.config import get_settings
from services.value_chains.cooperation.service import expire_matches
from services.value_chains.models import Base, kit
from services.value_chains.routes import ROUTERS
from shared.jobs import PeriodicJob
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    settings = get_settings()
    return create_service_app(
        ServiceSpec(
            name="value_chains",
            title="IUC value chains service",
            version="1.0.0",
            description=(
                "EU and Latin American & Caribbean regions, innovation strategies, organisations, value chains, "
                "cooperation opportunities, matchmaking and agreements."
            ),
            settings=settings,
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            jobs=(PeriodicJob("expire_matches", expire_matches, every=timedelta(seconds=settings.match_expiry_sweep_seconds)),),
        )
    )


app = build_app()
