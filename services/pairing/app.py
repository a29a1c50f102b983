"""The pairing service: `uvicorn services.pairing.app:app`."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI

from services.pairing.config import get_settings
from services.pairing.handlers import CONSUMERS
from services.pairing.lifecycle.service import expire_proposals
from services.pairing.models import Base, kit
from services.pairing.routes import ROUTERS
from shared.jobs import PeriodicJob
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    settings = get_settings()
    return create_service_app(
        ServiceSpec(
            name="pairing",
            title="IUC pairing service",
            version="1.0.0",
            description="Compatibility scores, pairing rounds, pairings and cooperation activities.",
            settings=settings,
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=CONSUMERS,
            jobs=(PeriodicJob("expire_proposals", expire_proposals, every=timedelta(seconds=settings.expiry_sweep_seconds)),),
        )
    )


app = build_app()
