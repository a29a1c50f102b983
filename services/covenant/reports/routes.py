"""HTTP routes of what a signatory submits: commitments, targets, emission inventories,
risk and energy-access assessments, action plans and monitoring reports."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.covenant.auth import CovenantRead, CovenantWrite
from services.covenant.corrections.routes import router as corrections_router
from services.covenant.extensions.routes import router as extensions_router
from services.covenant.registry import RegistryDep
from services.covenant.reports import service
from services.covenant.reports.schemas import (
    EnergyAccessAssessmentCreate,
    EnergyAccessAssessmentRead,
    InventoryCreate,
    InventoryPage,
    InventoryRead,
    ReportCreate,
    ReportRead,
    RiskAssessmentCreate,
    RiskAssessmentRead,
    TargetCreate,
    TargetRead,
)
from services.covenant.schemas import CommitmentIn, CommitmentRead
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/covenant", tags=["covenant"])


# --- commitments and targets ------------------------------------------------------------


@router.post("/signatories/{key}/commitments", status_code=201, response_model=CommitmentRead)
async def make_commitment(reg: RegistryDep, identity: CovenantWrite, key: str, body: CommitmentIn, response: Response):
    """Commit the signatory to a pillar of a generation of the Covenant."""
    c = await service.add_commitment(reg, identity, key, body)
    response.headers["Location"] = f"/v1/covenant/signatories/{key}/commitments/{c.id}"
    return c


@router.get("/signatories/{key}/commitments", response_model=list[CommitmentRead])
async def list_commitments(session: SessionDep, identity: CovenantRead, key: str):
    """The signatory's commitments, oldest first."""
    return await service.list_commitments(session, key)


@router.post("/signatories/{key}/commitments/{commitment_id}/targets", status_code=201, response_model=TargetRead)
async def set_target(
    reg: RegistryDep, identity: CovenantWrite, key: str, commitment_id: str, body: TargetCreate, response: Response
):
    """Set a target (a goal, for adaptation) on a commitment; an impossible target is 422."""
    target = await service.add_target(reg, identity, key, commitment_id, body)
    response.headers["Location"] = f"/v1/covenant/signatories/{key}/targets"
    return target


@router.get("/signatories/{key}/targets", response_model=list[TargetRead])
async def list_targets(session: SessionDep, identity: CovenantRead, key: str):
    """Every target and goal of the signatory's commitments."""
    return await service.list_targets(session, key)


# --- emission inventories ---------------------------------------------------------------


@router.post("/signatories/{key}/inventories", status_code=201, response_model=InventoryRead)
async def submit_inventory(reg: RegistryDep, identity: CovenantWrite, key: str, body: InventoryCreate, response: Response):
    """Submit a baseline or monitoring emission inventory, by sector."""
    inv = await service.add_inventory(reg, identity, key, body)
    response.headers["Location"] = f"/v1/covenant/signatories/{key}/inventories/{inv.id}"
    return inv


@router.get("/signatories/{key}/inventories", response_model=InventoryPage)
async def list_inventories(session: SessionDep, identity: CovenantRead, key: str, page: PageQuery):
    """The signatory's emission inventories."""
    return await service.list_inventories(session, key, page)


@router.get("/signatories/{key}/inventories/{inventory_id}", response_model=InventoryRead)
async def get_inventory(session: SessionDep, identity: CovenantRead, key: str, inventory_id: str):
    """One emission inventory with its sector rows."""
    return await service.get_inventory(session, key, inventory_id)


# --- assessments and reports ------------------------------------------------------------


@router.post("/signatories/{key}/risk-assessments", status_code=201, response_model=RiskAssessmentRead)
async def submit_risk_assessment(reg: RegistryDep, identity: CovenantWrite, key: str, body: RiskAssessmentCreate):
    """Submit a risk and vulnerability assessment: hazards with probability, impact and expected change."""
    return await service.add_risk_assessment(reg, identity, key, body)


@router.get("/signatories/{key}/risk-assessments", response_model=list[RiskAssessmentRead])
async def list_risk_assessments(session: SessionDep, identity: CovenantRead, key: str):
    """The signatory's risk and vulnerability assessments, oldest first."""
    return await service.list_risk_assessments(session, key)


@router.post("/signatories/{key}/energy-access-assessments", status_code=201, response_model=EnergyAccessAssessmentRead)
async def submit_energy_access_assessment(
    reg: RegistryDep, identity: CovenantWrite, key: str, body: EnergyAccessAssessmentCreate
):
    """Submit an energy-access assessment."""
    return await service.add_energy_access_assessment(reg, identity, key, body)


@router.get("/signatories/{key}/energy-access-assessments", response_model=list[EnergyAccessAssessmentRead])
async def list_energy_access_assessments(session: SessionDep, identity: CovenantRead, key: str):
    """The signatory's energy-access assessments, oldest first."""
    return await service.list_energy_access_assessments(session, key)


@router.post("/signatories/{key}/reports", status_code=201, response_model=ReportRead)
async def submit_report(reg: RegistryDep, identity: CovenantWrite, key: str, body: ReportCreate):
    """Record an action plan (SECAP) or a monitoring report; it counts toward compliance at once."""
    return await service.add_report(reg, identity, key, body)


@router.get("/signatories/{key}/reports", response_model=list[ReportRead])
async def list_reports(session: SessionDep, identity: CovenantRead, key: str):
    """The signatory's action plans and monitoring reports, oldest first."""
    return await service.list_reports(session, key)


# Corrections of these submissions, and deadline extensions, are seams of their own.
router.include_router(corrections_router)
router.include_router(extensions_router)
