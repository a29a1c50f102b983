"""Use cases of corrections: a signatory (or its office) changes or deletes what it submitted.
Each change is written to the signatory's history, compliance is reassessed and the signatory
moves to the head of the change feed, in the caller's transaction."""

from __future__ import annotations

from enum import StrEnum
from types import SimpleNamespace

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.auth import ensure_may_write
from services.covenant.corrections import repository as corrections_repository
from services.covenant.corrections.schemas import Resource, TargetUpdate
from services.covenant.domain import TargetType
from services.covenant.models import (
    EnergyAccessAssessment,
    Inventory,
    Report,
    RiskAssessment,
    Signatory,
    SubmissionChange,
    Target,
)
from services.covenant.registry import Registry
from services.covenant.reports.schemas import (
    EnergyAccessAssessmentRead,
    InventoryRead,
    ReportRead,
    RiskAssessmentRead,
    TargetRead,
    spec_of,
)
from services.covenant.reports.service import (
    checked_target,
    follow_base_years,
    inventory_rows,
    inventory_submitted,
    target_columns,
)
from services.covenant.service import get_signatory
from shared.concurrency import check_if_match, touch
from shared.contracts.covenant import SubmissionCorrected
from shared.contracts.fields import FIELDS
from shared.identity import Identity, Role
from shared.ids import new_id
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound

RESOURCES: dict[str, tuple[type, type[BaseModel]]] = {
    "inventory": (Inventory, InventoryRead),
    "risk_assessment": (RiskAssessment, RiskAssessmentRead),
    "energy_access_assessment": (EnergyAccessAssessment, EnergyAccessAssessmentRead),
    "target": (Target, TargetRead),
    "report": (Report, ReportRead),
}
# What a snapshot leaves out: the record's identity and bookkeeping, not what was submitted.
_NOT_SUBMITTED = {"id", "signatory_id", "commitment_id", "version", "created_at"}
_TARGET_FIELDS = (
    "type",
    "base_year",
    "target_year",
    "reduction_percent",
    "fixed_level_tco2e",
    "bau_emissions_tco2e",
    "intensity_unit",
    "base_intensity",
    "target_denominator",
    "denominator_unit",
)


def _snapshot(resource: str, row) -> dict:
    return RESOURCES[resource][1].model_validate(row).model_dump(mode="json", exclude=_NOT_SUBMITTED)


def _diff(before: dict, after: dict) -> dict:
    return {k: {"from": before.get(k), "to": v} for k, v in after.items() if before.get(k) != v}


def _plain(value):
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


async def _load(reg: Registry, identity: Identity, key: str, resource: Resource, record_id: str, if_match: str | None):
    s = await get_signatory(reg.session, key, for_update=True)
    ensure_may_write(identity, s.regional_covenant)
    row = await corrections_repository.get_record(reg.session, RESOURCES[resource][0], s.id, record_id)
    if row is None:
        raise NotFound(resource.replace("_", " "), f"{record_id} of {s.name}")
    check_if_match(if_match, row.version)
    return s, row


def _log(reg: Registry, identity: Identity, s: Signatory, resource: str, record_id: str, action: str, changes: dict) -> None:
    changed = sorted(changes)[:FIELDS] if action == "updated" else []
    event = SubmissionCorrected(
        signatory_id=s.id,
        gcom_id=s.gcom_id,
        regional_covenant=s.regional_covenant,
        resource=resource,
        resource_id=record_id,
        action=action,
        changed=changed,
    )
    reg.events.append((event, s.id))
    reg.session.add(
        SubmissionChange(
            id=new_id(),
            signatory_id=s.id,
            resource=resource,
            resource_id=record_id,
            action=action,
            actor=identity.subject[:200],
            actor_role=identity.role.value,
            changes=changes,
            changed_at=reg.now,
        )
    )


async def _refresh_bases(reg: Registry, identity: Identity, s: Signatory) -> None:
    """Targets naming a base year follow its inventory; a base_year target whose inventory is gone
    refuses the change (409)."""
    for t, before in await follow_base_years(reg.session, s.id):
        if t.base_emissions_tco2e is None and t.type == TargetType.base_year:
            raise Problem(
                409,
                f"Target {t.id} is measured against the inventory of {t.base_year}: change or delete the target first.",
                errors=[{"rule": "base_year_inventory_missing", "pointer": "/year", "detail": "A target's base year."}],
            )
        _log(
            reg, identity, s, "target", t.id, "updated", {"base_emissions_tco2e": {"from": before, "to": t.base_emissions_tco2e}}
        )


async def correct(
    reg: Registry, identity: Identity, key: str, resource: Resource, record_id: str, data: BaseModel, if_match: str | None
):
    """Change the fields sent of a submitted record; the record as it is now."""
    s, row = await _load(reg, identity, key, resource, record_id, if_match)
    before = _snapshot(resource, row)
    sent = data.model_fields_set
    if resource == "target":
        await _correct_target(reg.session, s, row, data)
    else:
        for name in sent - {"rows"}:
            setattr(
                row, name, _plain(getattr(data, name)) if name != "hazards" else [h.model_dump(mode="json") for h in data.hazards]
            )
        if "rows" in sent:
            row.rows = inventory_rows(data.rows)
            row.total_emissions = sum(r.emissions_tco2e for r in row.rows)
    changes = _diff(before, _snapshot(resource, row))
    if not changes:
        return row
    touch(row)  # the version moves once, also when only an inventory's rows changed
    _log(reg, identity, s, resource, row.id, "updated", changes)
    if resource == "inventory":
        await _refresh_bases(reg, identity, s)
        reg.events.append((inventory_submitted(s, row, revision=True), s.id))
    await reg.updated(s, [])
    return row


async def _correct_target(session: AsyncSession, s: Signatory, t: Target, data: TargetUpdate) -> None:
    sent = data.model_fields_set
    merged = {f: getattr(t, f) for f in _TARGET_FIELDS} | {f: getattr(data, f) for f in sent if f in _TARGET_FIELDS}
    spec = await checked_target(session, s.id, spec_of(SimpleNamespace(**merged)))
    for name, value in target_columns(spec).items():
        setattr(t, name, value)
    if "sectors" in sent:
        t.sectors = _plain(data.sectors)
    if "description" in sent:
        t.description = data.description


async def delete(reg: Registry, identity: Identity, key: str, resource: Resource, record_id: str, if_match: str | None) -> None:
    """Delete a submitted record, keeping it whole in the history."""
    s, row = await _load(reg, identity, key, resource, record_id, if_match)
    _log(reg, identity, s, resource, row.id, "deleted", {"from": _snapshot(resource, row)})
    await reg.session.delete(row)
    if resource == "inventory":
        await _refresh_bases(reg, identity, s)
    await reg.updated(s, [])


async def history(session: AsyncSession, identity: Identity, key: str, page: PageParams) -> dict:
    """A page of the corrections of a signatory's submissions, oldest first. It names the keys that made them, so
    only those who may write the signatory (its office, the coordination unit) and dashboards read it (else 403)."""
    corrections_repository.HISTORY.check(page)
    s = await get_signatory(session, key)
    if identity.role != Role.dashboard:
        ensure_may_write(identity, s.regional_covenant)
    return await corrections_repository.list_history(session, s.id, page)
