"""Use cases of what a signatory submits: commitments, targets, emission inventories,
assessments and reports. Each reassesses compliance in the caller's transaction."""

from __future__ import annotations

from datetime import date

from services.covenant import repository
from services.covenant.auth import ensure_may_write
from services.covenant.domain import Generation, Pillar, target_problems
from services.covenant.models import Commitment, Inventory, InventoryRow, Signatory, Target
from services.covenant.service import Registry
from shared.contracts.covenant import InventorySubmitted
from shared.identity import Identity
from shared.ids import new_id
from shared.problems import Problem

# --- use cases on what a signatory submits -----------------------------------------------


async def add_commitment(
    reg: Registry, identity: Identity, s: Signatory, pillar: Pillar, generation: Generation, on: date | None
) -> Commitment:
    """Commit a signatory to one pillar of a generation."""
    ensure_may_write(identity, s.regional_covenant)
    if any(c.pillar == pillar and c.generation == generation for c in s.commitments):
        raise Problem(409, f"{s.name} already has a {generation.value} {pillar.value} commitment.")
    c = Commitment(
        id=new_id(), pillar=pillar.value, generation=generation.value, committed_on=on or reg.today, created_at=reg.now
    )
    s.commitments.append(c)
    reg.events.append((reg.commitment_made(s, c), s.id))
    await reg.updated(s, ["commitments"])
    return c


async def add_target(reg: Registry, identity: Identity, s: Signatory, commitment: Commitment, data) -> Target:
    """Set a target (a goal, for adaptation) on a commitment; an impossible one is refused."""
    ensure_may_write(identity, s.regional_covenant)
    broken = target_problems(data.type, data.base_year, data.target_year, data.reduction_percent)
    if broken:
        raise Problem(
            422,
            "The target is impossible: " + " ".join(b.detail for b in broken),
            errors=[{"rule": b.rule, "pointer": f"/{b.field}", "detail": b.detail} for b in broken],
        )
    target = Target(
        commitment_id=commitment.id,
        signatory_id=s.id,
        type=data.type.value,
        base_year=data.base_year,
        target_year=data.target_year,
        reduction_percent=data.reduction_percent,
        sectors=[x.value for x in data.sectors],
        description=data.description,
    )
    reg.session.add(target)
    await reg.updated(s, [])
    return target


def inventory_submitted(s: Signatory, inv: Inventory, revision: bool) -> InventorySubmitted:
    return InventorySubmitted(
        signatory_id=s.id,
        gcom_id=s.gcom_id,
        inventory_id=inv.id,
        kind=inv.kind,
        year=inv.year,
        total_emissions_tco2e=inv.total_emissions,
        revision=revision,
    )


async def add_inventory(reg: Registry, identity: Identity, s: Signatory, data) -> Inventory:
    """Record a baseline or monitoring emission inventory."""
    ensure_may_write(identity, s.regional_covenant)
    rows = [
        InventoryRow(
            line=n,
            sector=r.sector.value,
            scope=r.scope.value,
            activity_mwh=r.activity_mwh,
            emissions_tco2e=r.emissions_tco2e,
            factor_type=r.factor_type.value,
        )
        for n, r in enumerate(data.rows, start=1)
    ]
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
    )
    if data.external_id and await repository.inventories_by_external_id(reg.session, [(s.id, data.external_id)]):
        raise Problem(409, f"Inventory {data.external_id} of {s.name} is already recorded.")
    reg.session.add(inv)
    reg.events.append((inventory_submitted(s, inv, revision=False), s.id))
    await reg.updated(s, [])
    return inv


async def add_submission(reg: Registry, identity: Identity, s: Signatory, record) -> None:
    """Record a risk assessment, an energy-access assessment or a report, and reassess."""
    ensure_may_write(identity, s.regional_covenant)
    record.signatory_id = s.id
    record.submitted_on = record.submitted_on or reg.today
    reg.session.add(record)
    await reg.updated(s, [])
