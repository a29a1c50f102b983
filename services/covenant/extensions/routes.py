"""HTTP routes of deadline extensions."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.covenant.auth import CovenantRead, CovenantWrite
from services.covenant.extensions import service
from services.covenant.extensions.schemas import DeadlineExtensionCreate, DeadlineExtensionRead
from services.covenant.registry import RegistryDep
from shared.service import SessionDep

# Without a prefix: included in reports/routes.py's router (under /v1/covenant).
router = APIRouter()


@router.post("/signatories/{key}/deadline-extensions", status_code=201, response_model=DeadlineExtensionRead)
async def grant_deadline_extension(
    reg: RegistryDep, identity: CovenantWrite, key: str, body: DeadlineExtensionCreate, response: Response
):
    """Extend a reporting deadline of the signatory (its covenant's office or an admin): the report is not late before the new date."""
    extension = await service.grant_extension(reg, identity, key, body)
    response.headers["Location"] = f"/v1/covenant/signatories/{key}/deadline-extensions"
    return extension


@router.get("/signatories/{key}/deadline-extensions", response_model=list[DeadlineExtensionRead])
async def list_deadline_extensions(session: SessionDep, identity: CovenantRead, key: str):
    """The signatory's deadline extensions, in the order granted."""
    return await service.list_extensions(session, key)
