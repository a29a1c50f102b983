"""HTTP routes of corrections: PATCH and DELETE of what a signatory submitted (If-Match), and
the history of those changes."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.covenant.auth import CovenantRead, CovenantWrite
from services.covenant.corrections import service
from services.covenant.corrections.schemas import (
    EnergyAccessAssessmentUpdate,
    InventoryUpdate,
    ReportUpdate,
    RiskAssessmentUpdate,
    SubmissionChangePage,
    TargetUpdate,
)
from services.covenant.registry import RegistryDep
from services.covenant.reports.schemas import (
    EnergyAccessAssessmentRead,
    InventoryRead,
    ReportRead,
    RiskAssessmentRead,
    TargetRead,
)
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

# Without a prefix: included in reports/routes.py's router (under /v1/covenant).
router = APIRouter()
BASE = "/signatories/{key}"


@router.patch(f"{BASE}/inventories/{{inventory_id}}", response_model=InventoryRead)
async def correct_inventory(
    reg: RegistryDep,
    identity: CovenantWrite,
    key: str,
    inventory_id: str,
    body: InventoryUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Correct an emission inventory (rows sent replace every row); targets on its year follow its total."""
    row = await service.correct(reg, identity, key, "inventory", inventory_id, body, if_match)
    set_etag(response, row.version)
    return row


@router.delete(f"{BASE}/inventories/{{inventory_id}}", status_code=204)
async def delete_inventory(reg: RegistryDep, identity: CovenantWrite, key: str, inventory_id: str, if_match: IfMatch = None):
    """Delete an emission inventory (409 while a base_year target is measured against it)."""
    await service.delete(reg, identity, key, "inventory", inventory_id, if_match)
    return Response(status_code=204)


@router.patch(f"{BASE}/targets/{{target_id}}", response_model=TargetRead)
async def correct_target(
    reg: RegistryDep,
    identity: CovenantWrite,
    key: str,
    target_id: str,
    body: TargetUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Correct a target; the target it makes is checked as a new one is."""
    row = await service.correct(reg, identity, key, "target", target_id, body, if_match)
    set_etag(response, row.version)
    return row


@router.delete(f"{BASE}/targets/{{target_id}}", status_code=204)
async def delete_target(reg: RegistryDep, identity: CovenantWrite, key: str, target_id: str, if_match: IfMatch = None):
    """Delete a target (or an adaptation goal)."""
    await service.delete(reg, identity, key, "target", target_id, if_match)
    return Response(status_code=204)


@router.patch(f"{BASE}/risk-assessments/{{assessment_id}}", response_model=RiskAssessmentRead)
async def correct_risk_assessment(
    reg: RegistryDep,
    identity: CovenantWrite,
    key: str,
    assessment_id: str,
    body: RiskAssessmentUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Correct a risk and vulnerability assessment."""
    row = await service.correct(reg, identity, key, "risk_assessment", assessment_id, body, if_match)
    set_etag(response, row.version)
    return row


@router.delete(f"{BASE}/risk-assessments/{{assessment_id}}", status_code=204)
async def delete_risk_assessment(
    reg: RegistryDep, identity: CovenantWrite, key: str, assessment_id: str, if_match: IfMatch = None
):
    """Delete a risk and vulnerability assessment."""
    await service.delete(reg, identity, key, "risk_assessment", assessment_id, if_match)
    return Response(status_code=204)


@router.patch(f"{BASE}/energy-access-assessments/{{assessment_id}}", response_model=EnergyAccessAssessmentRead)
async def correct_energy_access_assessment(
    reg: RegistryDep,
    identity: CovenantWrite,
    key: str,
    assessment_id: str,
    body: EnergyAccessAssessmentUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Correct an energy-access assessment."""
    row = await service.correct(reg, identity, key, "energy_access_assessment", assessment_id, body, if_match)
    set_etag(response, row.version)
    return row


@router.delete(f"{BASE}/energy-access-assessments/{{assessment_id}}", status_code=204)
async def delete_energy_access_assessment(
    reg: RegistryDep, identity: CovenantWrite, key: str, assessment_id: str, if_match: IfMatch = None
):
    """Delete an energy-access assessment."""
    await service.delete(reg, identity, key, "energy_access_assessment", assessment_id, if_match)
    return Response(status_code=204)


@router.patch(f"{BASE}/reports/{{report_id}}", response_model=ReportRead)
async def correct_report(
    reg: RegistryDep,
    identity: CovenantWrite,
    key: str,
    report_id: str,
    body: ReportUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Correct an action plan or a monitoring report."""
    row = await service.correct(reg, identity, key, "report", report_id, body, if_match)
    set_etag(response, row.version)
    return row


@router.delete(f"{BASE}/reports/{{report_id}}", status_code=204)
async def delete_report(reg: RegistryDep, identity: CovenantWrite, key: str, report_id: str, if_match: IfMatch = None):
    """Delete an action plan or a monitoring report."""
    await service.delete(reg, identity, key, "report", report_id, if_match)
    return Response(status_code=204)


@router.get(f"{BASE}/history", response_model=SubmissionChangePage)
async def list_submission_changes(session: SessionDep, identity: CovenantRead, key: str, page: PageQuery):
    """Every correction of what the signatory submitted, oldest first: who changed or deleted what, and when."""
    return await service.history(session, identity, key, page)
