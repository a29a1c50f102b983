"""HTTP routes of what a signatory submits: commitments, targets, emission inventories,
risk and energy-access assessments, action plans and monitoring reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from services.covenant import repository, service, service_reports
from services.covenant.auth import CovenantRead, CovenantWrite
from services.covenant.models import EnergyAccessAssessment, Inventory, Report, RiskAssessment, Signatory
from services.covenant.schemas import (
    CommitmentIn,
    CommitmentRead,
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
from shared.clock import ClockDep
from shared.pagination import PageQuery, make_page
from shared.problems import Problem
from shared.service import SessionDep

router = APIRouter(prefix="/v1/covenant", tags=["covenant"])


async def _registry(request: Request, session: SessionDep, clock: ClockDep) -> service.Registry:
    """The request's view of the registry, as of the service clock."""
    return service.Registry(session, request.app.state.covenants, clock.today(), clock.now())


RegistryDep = Annotated[service.Registry, Depends(_registry)]


async def signatory_or_404(session, key: str, *, for_update: bool = False) -> Signatory:
    """The signatory named by its GCoM id or id, or 404."""
    s = await repository.get_signatory(session, key, for_update=for_update)
    if s is None:
        raise Problem(404, f"No signatory {key}.")
    return s


def inventory_read(i: Inventory) -> InventoryRead:
    """The wire view of an inventory."""
    return InventoryRead(
        **{k: getattr(i, k) for k in InventoryRead.model_fields if k not in ("rows", "total_emissions_tco2e")},
        total_emissions_tco2e=i.total_emissions,
        rows=[{k: getattr(r, k) for k in ("sector", "scope", "activity_mwh", "emissions_tco2e", "factor_type")} for r in i.rows],
    )


# --- commitments, targets, inventories, assessments, reports ----------------------------


@router.post("/signatories/{key}/commitments", status_code=201, response_model=CommitmentRead)
async def make_commitment(
    reg: RegistryDep, identity: CovenantWrite, key: str, body: CommitmentIn, response: Response
) -> CommitmentRead:
    """Commit the signatory to a pillar of a generation of the Covenant."""
    s = await signatory_or_404(reg.session, key, for_update=True)
    c = await service_reports.add_commitment(reg, identity, s, body.pillar, body.generation, body.committed_on)
    response.headers["Location"] = f"/v1/covenant/signatories/{key}/commitments/{c.id}"
    return CommitmentRead.model_validate(c, from_attributes=True)


@router.get("/signatories/{key}/commitments", response_model=list[CommitmentRead])
async def list_commitments(session: SessionDep, identity: CovenantRead, key: str) -> list[CommitmentRead]:
    """The signatory's commitments, oldest first."""
    s = await signatory_or_404(session, key)
    return [CommitmentRead.model_validate(c, from_attributes=True) for c in s.commitments]


@router.post("/signatories/{key}/commitments/{commitment_id}/targets", status_code=201, response_model=TargetRead)
async def set_target(
    reg: RegistryDep, identity: CovenantWrite, key: str, commitment_id: str, body: TargetCreate, response: Response
) -> TargetRead:
    """Set a target (a goal, for adaptation) on a commitment; an impossible target is 422."""
    s = await signatory_or_404(reg.session, key, for_update=True)
    commitment = await repository.get_commitment(reg.session, s.id, commitment_id)
    if commitment is None:
        raise Problem(404, f"{s.name} has no commitment {commitment_id}.")
    target = await service_reports.add_target(reg, identity, s, commitment, body)
    response.headers["Location"] = f"/v1/covenant/signatories/{key}/targets"
    return TargetRead.model_validate(target, from_attributes=True)


@router.get("/signatories/{key}/targets", response_model=list[TargetRead])
async def list_targets(session: SessionDep, identity: CovenantRead, key: str) -> list[TargetRead]:
    """Every target and goal of the signatory's commitments."""
    s = await signatory_or_404(session, key)
    return [TargetRead.model_validate(t, from_attributes=True) for t in await repository.list_targets(session, s.id)]


@router.post("/signatories/{key}/inventories", status_code=201, response_model=InventoryRead)
async def submit_inventory(
    reg: RegistryDep, identity: CovenantWrite, key: str, body: InventoryCreate, response: Response
) -> InventoryRead:
    """Submit a baseline or monitoring emission inventory, by sector."""
    s = await signatory_or_404(reg.session, key, for_update=True)
    inv = await service_reports.add_inventory(reg, identity, s, body)
    response.headers["Location"] = f"/v1/covenant/signatories/{key}/inventories/{inv.id}"
    return inventory_read(inv)


@router.get("/signatories/{key}/inventories", response_model=InventoryPage)
async def list_inventories(session: SessionDep, identity: CovenantRead, key: str, page: PageQuery) -> dict:
    """The signatory's emission inventories."""
    s = await signatory_or_404(session, key)
    rows = await repository.list_inventories(session, s.id, page)
    return make_page(rows, page, key=lambda i: [i.id], to_item=inventory_read)


@router.get("/signatories/{key}/inventories/{inventory_id}", response_model=InventoryRead)
async def get_inventory(session: SessionDep, identity: CovenantRead, key: str, inventory_id: str) -> InventoryRead:
    """One emission inventory with its sector rows."""
    s = await signatory_or_404(session, key)
    inv = await repository.get_inventory(session, s.id, inventory_id)
    if inv is None:
        raise Problem(404, f"{s.name} has no inventory {inventory_id}.")
    return inventory_read(inv)


@router.post("/signatories/{key}/risk-assessments", status_code=201, response_model=RiskAssessmentRead)
async def submit_risk_assessment(
    reg: RegistryDep, identity: CovenantWrite, key: str, body: RiskAssessmentCreate
) -> RiskAssessmentRead:
    """Submit a risk and vulnerability assessment: hazards with probability, impact and expected change."""
    s = await signatory_or_404(reg.session, key, for_update=True)
    record = RiskAssessment(**body.model_dump(mode="json") | {"submitted_on": body.submitted_on})
    await service_reports.add_submission(reg, identity, s, record)
    return RiskAssessmentRead.model_validate(record, from_attributes=True)


@router.get("/signatories/{key}/risk-assessments", response_model=list[RiskAssessmentRead])
async def list_risk_assessments(session: SessionDep, identity: CovenantRead, key: str) -> list[RiskAssessmentRead]:
    """The signatory's risk and vulnerability assessments, oldest first."""
    s = await signatory_or_404(session, key)
    return [
        RiskAssessmentRead.model_validate(r, from_attributes=True)
        for r in await repository.list_of(session, RiskAssessment, s.id)
    ]


@router.post("/signatories/{key}/energy-access-assessments", status_code=201, response_model=EnergyAccessAssessmentRead)
async def submit_energy_access_assessment(
    reg: RegistryDep, identity: CovenantWrite, key: str, body: EnergyAccessAssessmentCreate
) -> EnergyAccessAssessmentRead:
    """Submit an energy-access assessment."""
    s = await signatory_or_404(reg.session, key, for_update=True)
    record = EnergyAccessAssessment(**body.model_dump())
    await service_reports.add_submission(reg, identity, s, record)
    return EnergyAccessAssessmentRead.model_validate(record, from_attributes=True)


@router.get("/signatories/{key}/energy-access-assessments", response_model=list[EnergyAccessAssessmentRead])
async def list_energy_access_assessments(
    session: SessionDep, identity: CovenantRead, key: str
) -> list[EnergyAccessAssessmentRead]:
    """The signatory's energy-access assessments, oldest first."""
    s = await signatory_or_404(session, key)
    records = await repository.list_of(session, EnergyAccessAssessment, s.id)
    return [EnergyAccessAssessmentRead.model_validate(r, from_attributes=True) for r in records]


@router.post("/signatories/{key}/reports", status_code=201, response_model=ReportRead)
async def submit_report(reg: RegistryDep, identity: CovenantWrite, key: str, body: ReportCreate) -> ReportRead:
    """Record an action plan (SECAP) or a monitoring report; it counts toward compliance at once."""
    s = await signatory_or_404(reg.session, key, for_update=True)
    record = Report(
        kind=body.kind.value, pillars=[p.value for p in body.pillars], submitted_on=body.submitted_on, title=body.title
    )
    await service_reports.add_submission(reg, identity, s, record)
    return ReportRead.model_validate(record, from_attributes=True)


@router.get("/signatories/{key}/reports", response_model=list[ReportRead])
async def list_reports(session: SessionDep, identity: CovenantRead, key: str) -> list[ReportRead]:
    """The signatory's action plans and monitoring reports, oldest first."""
    s = await signatory_or_404(session, key)
    return [ReportRead.model_validate(r, from_attributes=True) for r in await repository.list_of(session, Report, s.id)]
