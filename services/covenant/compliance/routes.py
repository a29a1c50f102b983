"""HTTP routes of compliance: a signatory's compliance and the deadline policies."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Request, Response

from services.covenant.auth import CovenantRead, CovenantWrite
from services.covenant.compliance import service
from services.covenant.compliance.schemas import ComplianceRead, DeadlinePolicyRead, DeadlinePolicyUpdate
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.service import SessionDep

router = APIRouter(prefix="/v1/covenant", tags=["covenant"])


@router.get("/signatories/{key}/compliance", response_model=ComplianceRead)
async def get_signatory_compliance(session: SessionDep, identity: CovenantRead, key: str):
    """Badges, status and every report owed with its due date, under the covenant's policy."""
    return await service.signatory_compliance(session, key)


@router.get("/deadline-policies", response_model=list[DeadlinePolicyRead])
async def list_deadline_policies(session: SessionDep, identity: CovenantRead):
    """The deadline policy of every regional covenant."""
    return await service.list_policies(session)


@router.put("/deadline-policies/{regional_covenant}", response_model=DeadlinePolicyRead)
async def set_deadline_policy(
    request: Request,
    session: SessionDep,
    identity: CovenantWrite,
    clock: ClockDep,
    background: BackgroundTasks,
    regional_covenant: str,
    body: DeadlinePolicyUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Change a covenant's deadlines (admin); its signatories are reassessed in the background."""
    row = await service.set_policy(session, identity, regional_covenant, body, if_match, clock.now())
    # After the commit: the pass then finds the covenant's signatories due.
    background.add_task(service.wake_compliance_pass, request.app)
    set_etag(response, row.version)
    return row
