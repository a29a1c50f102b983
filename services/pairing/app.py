"""The pairing service: `uvicorn services.pairing.app:app`."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI

from services.pairing.config import get_settings
from services.pairing.handlers import CONSUMERS
from services.pairing.models import Base, kit
from services.pairing.routes import ROUTERS
from services.pairing.service_lifecycle import expire_due
from shared.service import ServiceSpec, create_service_app


async def expire_proposals(app: FastAPI) -> None:
    """Mark proposals nobody completed in time as expired, by the service's clock."""
    while True:
        await expire_due(app.state.sessionmaker, app.state.clock.now())
        await asyncio.sleep(app.state.settings.expiry_sweep_seconds)


def build_app() -> FastAPI:
    """The service's ASGI app."""
    return create_service_app(
        ServiceSpec(
            name="pairing",
            title="IUC pairing service",
            version="1.0.0",
            description="Compatibility scores, pairing rounds, pairings and cooperation activities.",
            settings=get_settings(),
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=CONSUMERS,
            background=(expire_proposals,),
        )
    )


app = build_app()
