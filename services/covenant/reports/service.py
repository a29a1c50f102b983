"""Use cases of what a signatory submits: commitments, targets, emission inventories,
assessments and reports. Each reassesses compliance in the caller's transaction."""

from __future__ import annotations

from dataclasses import fields, replace
from types import SimpleNamespace

from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant import repository
from services.covenant.auth import ensure_may_write
from services.covenant.domain import target_problems
from services.covenant.models import (
    Commitment,
    EnergyAccessAssessment,
    Inventory,
    InventoryRow,
    Report,
    RiskAssessment,
    Signatory,
    Target,
)
from services.covenant.registry import Registry
from services.covenant.reports import repository as reports_repository
from services.covenant.reports.schemas import (
    EnergyAccessAssessmentCreate,
    InventoryCreate,
    InventoryRowIn,
    ReportCreate,
    RiskAssessmentCreate,
    TargetCreate,
    spec_of,
)
from services.covenant.schemas import CommitmentIn
from services.covenant.service import get_signatory
from services.covenant.targets import TargetSpec, type_problems
from shared.contracts.covenant import InventorySubmitted
from shared.identity import Identity
from shared.ids import new_id
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound

# --- commitments and targets ------------------------------------------------------------


async def add_commitment(reg: Registry, identity: Identity, key: str, data: CommitmentIn) -> Commitment:
    """Commit a signatory to one pillar of a generation."""
    s = await get_signatory(reg.session, key, for_update=True)
    ensure_may_write(identity, s.regional_covenant)
    if any(c.pillar == data.pillar and c.generation == data.generation for c in s.commitments):
        raise Problem(409, f"{s.name} already has a {data.generation.value} {data.pillar.value} commitment.")
    c = Commitment(
        id=new_id(),
        pillar=data.pillar.value,
        generation=data.generation.value,
        committed_on=data.committed_on or reg.today,
        created_at=reg.now,
    )
    s.commitments.append(c)
    reg.events.append((reg.commitment_made(s, c), s.id))
    await reg.updated(s, ["commitments"])
    return c


async def list_commitments(session: AsyncSession, key: str) -> list[Commitment]:
    """A signatory's commitments, oldest first."""
    return list((await get_signatory(session, key)).commitments)


async def add_target(reg: Registry, identity: Identity, key: str, commitment_id: str, data: TargetCreate) -> Target:
    """Set a target (a goal, for adaptation) on a commitment; an impossible one is refused."""
    s = await get_signatory(reg.session, key, for_update=True)
    commitment = await repository.get_commitment(reg.session, s.id, commitment_id)
    if commitment is None:
        raise NotFound("commitment", f"{commitment_id} of {s.name}")
    ensure_may_write(identity, s.regional_covenant)
    values = data.model_dump(exclude={"sectors", "description"})
    spec = await checked_target(reg.session, s.id, spec_of(SimpleNamespace(**values)))
    target = Target(
        commitment_id=commitment.id,
        signatory_id=s.id,
        sectors=[x.value for x in data.sectors],
        description=data.description,
        created_at=reg.now,
        **target_columns(spec),
    )
    reg.session.add(target)
    await reg.updated(s, [])
    return target


def target_columns(spec: TargetSpec) -> dict:
    """The columns of a target row from the rules' view of it."""
    columns = {f.name: getattr(spec, f.name) for f in fields(spec)}
    columns["type"] = spec.type.value
    columns["intensity_unit"] = spec.intensity_unit.value if spec.intensity_unit else None
    return columns


async def checked_target(session: AsyncSession, signatory_id: str, spec: TargetSpec) -> TargetSpec:
    """The target with its base year's inventory total, or 422 naming every rule it breaks."""
    base = await reports_repository.inventory_total_of_year(session, signatory_id, spec.base_year) if spec.base_year else None
    spec = replace(spec, base_emissions_tco2e=base)
    broken = target_problems(spec.type, spec.base_year, spec.target_year, spec.reduction_percent) + type_problems(spec)
    if broken:
        raise Problem(
            422,
            "The target is impossible: " + " ".join(b.detail for b in broken),
            errors=[{"rule": b.rule, "pointer": f"/{b.field}", "detail": b.detail} for b in broken],
        )
    return spec


async def follow_base_years(session: AsyncSession, signatory_id: str) -> list[tuple[Target, float | None]]:
    """Give each target naming a base year the total of that year's inventory as it is now (after a
    correction or a re-import); each target whose total moved, with the total it had."""
    await session.flush()
    moved = []
    for t in await reports_repository.targets_with_base_year(session, signatory_id):
        total = await reports_repository.inventory_total_of_year(session, signatory_id, t.base_year)
        if total != t.base_emissions_tco2e:
            moved.append((t, t.base_emissions_tco2e))
            t.base_emissions_tco2e = total
    return moved


async def list_targets(session: AsyncSession, key: str) -> list[Target]:
    """Every target and goal of a signatory's commitments."""
    return await repository.list_targets(session, (await get_signatory(session, key)).id)


# --- emission inventories ---------------------------------------------------------------


def inventory_submitted(s: Signatory, inv: Inventory, revision: bool) -> InventorySubmitted:
    """The `inventory.submitted` event of an inventory (a revision of one stored before, or not)."""
    return InventorySubmitted(
        signatory_id=s.id,
        gcom_id=s.gcom_id,
        regional_covenant=s.regional_covenant,
        inventory_id=inv.id,
        kind=inv.kind,
        year=inv.year,
        total_emissions_tco2e=inv.total_emissions,
        revision=revision,
    )


def inventory_rows(rows: list[InventoryRowIn]) -> list[InventoryRow]:
    """The sector lines of an inventory, numbered from 1."""
    return [
        InventoryRow(
            line=n,
            sector=r.sector,
            scope=r.scope.value,
            carrier=r.carrier,
            activity_mwh=r.activity_mwh,
            emission_factor=r.emission_factor,
            emissions_tco2e=r.emissions_tco2e,
            factor_type=r.factor_type.value,
        )
        for n, r in enumerate(rows, start=1)
    ]


async def add_inventory(reg: Registry, identity: Identity, key: str, data: InventoryCreate) -> Inventory:
    """Record a baseline or monitoring emission inventory."""
    s = await get_signatory(reg.session, key, for_update=True)
    ensure_may_write(identity, s.regional_covenant)
    rows = inventory_rows(data.rows)
    if data.external_id and await repository.inventories_by_external_id(reg.session, [(s.id, data.external_id)]):
        raise Problem(409, f"Inventory {data.external_id} of {s.name} is already recorded.")
    inv = Inventory(
        id=new_id(),
        signatory_id=s.id,
        external_id=data.external_id,
        kind=data.kind.value,
        year=data.year,
        population=data.population,
        submitted_on=data.submitted_on or reg.today,
        total_emissions=sum(r.emissions_tco2e for r in rows),
        rows=rows,
        created_at=reg.now,
    )
    reg.session.add(inv)
    reg.events.append((inventory_submitted(s, inv, revision=False), s.id))
    await reg.updated(s, [])
    return inv


async def list_inventories(session: AsyncSession, key: str, page: PageParams) -> dict:
    """A page of a signatory's emission inventories."""
    repository.INVENTORIES.check(page)
    return await repository.list_inventories(session, (await get_signatory(session, key)).id, page)


async def get_inventory(session: AsyncSession, key: str, inventory_id: str) -> Inventory:
    """One emission inventory of a signatory, with its sector rows."""
    s = await get_signatory(session, key)
    inv = await repository.get_inventory(session, s.id, inventory_id)
    if inv is None:
        raise NotFound("inventory", f"{inventory_id} of {s.name}")
    return inv


# --- assessments and reports ------------------------------------------------------------


async def _add_submission(reg: Registry, identity: Identity, key: str, record) -> None:
    s = await get_signatory(reg.session, key, for_update=True)
    ensure_may_write(identity, s.regional_covenant)
    record.signatory_id = s.id
    record.submitted_on = record.submitted_on or reg.today
    record.created_at = reg.now
    reg.session.add(record)
    await reg.updated(s, [])


async def add_risk_assessment(reg: Registry, identity: Identity, key: str, data: RiskAssessmentCreate) -> RiskAssessment:
    """Record a risk and vulnerability assessment, and reassess."""
    record = RiskAssessment(**data.model_dump(mode="json") | {"submitted_on": data.submitted_on})
    await _add_submission(reg, identity, key, record)
    return record


async def add_energy_access_assessment(
    reg: Registry, identity: Identity, key: str, data: EnergyAccessAssessmentCreate
) -> EnergyAccessAssessment:
    """Record an energy-access assessment, and reassess."""
    record = EnergyAccessAssessment(**data.model_dump())
    await _add_submission(reg, identity, key, record)
    return record


async def add_report(reg: Registry, identity: Identity, key: str, data: ReportCreate) -> Report:
    """Record an action plan (SECAP) or a monitoring report; it counts toward compliance at once."""
    record = Report(
        kind=data.kind.value, pillars=[p.value for p in data.pillars], submitted_on=data.submitted_on, title=data.title
    )
    await _add_submission(reg, identity, key, record)
    return record


async def list_risk_assessments(session: AsyncSession, key: str) -> list[RiskAssessment]:
    """A signatory's risk and vulnerability assessments, oldest first."""
    return await repository.list_of(session, RiskAssessment, (await get_signatory(session, key)).id)


async def list_energy_access_assessments(session: AsyncSession, key: str) -> list[EnergyAccessAssessment]:
    """A signatory's energy-access assessments, oldest first."""
    return await repository.list_of(session, EnergyAccessAssessment, (await get_signatory(session, key)).id)


async def list_reports(session: AsyncSession, key: str) -> list[Report]:
    """A signatory's action plans and monitoring reports, oldest first."""
    return await repository.list_of(session, Report, (await get_signatory(session, key)).id)
