"""The applications service: `uvicorn services.applications.app:app`."""

from __future__ import annotations

from fastapi import FastAPI

from services.applications.config import get_settings
from services.applications.models import Base, CityImport, kit
from services.applications.routes import ROUTERS, spawn_import
from shared.importjobs import unfinished_import_ids
from shared.service import ServiceSpec, create_service_app


async def resume_imports(app: FastAPI) -> None:
    """Imports that a stopped process left queued or running are picked up again."""
    async with app.state.sessionmaker() as session:
        ids = await unfinished_import_ids(session, CityImport)
    for import_id in ids:
        spawn_import(app, import_id)


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
            background=(resume_imports,),
        )
    )


app = build_app()
