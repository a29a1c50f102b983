"""The webhooks service: `uvicorn services.webhooks.app:app`."""

from __future__ import annotations

from fastapi import FastAPI

from services.webhooks.config import get_settings
from services.webhooks.delivery.worker import DELIVERY, close_worker
from services.webhooks.handlers import CONSUMERS
from services.webhooks.models import Base, kit
from services.webhooks.routes import ROUTERS
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    return create_service_app(
        ServiceSpec(
            name="webhooks",
            title="IUC webhooks service",
            version="1.0.0",
            description="Partner systems' endpoints receive the platform's events as signed Standard Webhooks, "
            "scoped to what their key may read, retried on a schedule, with a log of every attempt.",
            settings=get_settings(),
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=CONSUMERS,
            jobs=(DELIVERY,),
            startup=(close_worker,),
        )
    )


app = build_app()
