"""The covenant service: `uvicorn services.covenant.app:app`."""

from __future__ import annotations

from fastapi import FastAPI

from services.covenant.compliance.service import compliance_job
from services.covenant.config import get_settings
from services.covenant.domain import DEFAULT_COVENANT_MAP, RegionalCovenantMap
from services.covenant.handlers import CONSUMERS
from services.covenant.imports import resume_imports
from services.covenant.models import Base, kit
from services.covenant.routes import ROUTERS
from shared.service import ServiceSpec, create_service_app


def build_app() -> FastAPI:
    """The service's ASGI app."""
    settings = get_settings()
    app = create_service_app(
        ServiceSpec(
            name="covenant",
            title="IUC covenant service",
            version="1.0.0",
            description="Global Covenant of Mayors signatories, commitments, inventories, compliance and sync.",
            settings=settings,
            metadata=Base.metadata,
            kit=kit,
            routers=ROUTERS,
            consumers=CONSUMERS,
            jobs=(compliance_job(settings),),
            startup=(resume_imports,),
        )
    )
    # The country -> regional covenant map, for routes, the consumer (ctx.state) and imports.
    app.state.covenants = RegionalCovenantMap.from_csv(settings.regional_covenants_file or DEFAULT_COVENANT_MAP)
    return app


app = build_app()
