"""Every query of the covenant service."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.domain import Pillar, ReportKind
from services.covenant.models import (
    Commitment,
    CovenantImport,
    DeadlinePolicyRow,
    EnergyAccessAssessment,
    FeedCounter,
    Inventory,
    Report,
    RiskAssessment,
    Signatory,
    SignatoryBadge,
    SignatoryTombstone,
    Target,
)
from shared.db import insert_many, is_sqlite
from shared.pagination import PageParams

FEED = "signatories"


# --- signatories ------------------------------------------------------------------------


def _by_key(key: str):
    # A path names a signatory by its GCoM id (FR0003) or, for the few without one, our id.
    return or_(Signatory.gcom_id == key.upper(), Signatory.id == key)


async def get_signatory(session: AsyncSession, key: str, *, for_update: bool = False) -> Signatory | None:
    query = select(Signatory).where(_by_key(key))
    if for_update:
        query = query.with_for_update()
    return (await session.scalars(query)).one_or_none()


async def signatories_by_gcom_id(session: AsyncSession, gcom_ids: Sequence[str]) -> dict[str, Signatory]:
    rows = (await session.scalars(select(Signatory).where(Signatory.gcom_id.in_(gcom_ids)))).all()
    return {s.gcom_id: s for s in rows if s.gcom_id}


async def signatories_by_organisation_id(session: AsyncSession, organisation_ids: Sequence[str]) -> dict[str, Signatory]:
    rows = (await session.scalars(select(Signatory).where(Signatory.organisation_id.in_(organisation_ids)))).all()
    return {s.organisation_id: s for s in rows if s.organisation_id}


async def ids_by_gcom_id(session: AsyncSession, gcom_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """gcom_id -> (signatory id, regional covenant), without loading the records."""
    rows = await session.execute(
        select(Signatory.gcom_id, Signatory.id, Signatory.regional_covenant).where(Signatory.gcom_id.in_(gcom_ids))
    )
    return {g: (i, c) for g, i, c in rows.all()}


async def organisation_owners(session: AsyncSession, organisation_ids: Sequence[str]) -> dict[str, str | None]:
    """organisation_id -> the gcom_id of the signatory that holds it."""
    rows = await session.execute(
        select(Signatory.organisation_id, Signatory.gcom_id).where(Signatory.organisation_id.in_(organisation_ids))
    )
    return dict(rows.all())


@dataclass(frozen=True)
class SignatoryFilters:
    regional_covenant: str | None = None
    country_code: str | None = None
    status: str | None = None
    badge: str | None = None
    generation: str | None = None
    min_population: int | None = None
    max_population: int | None = None
    adhered_from: date | None = None
    adhered_to: date | None = None
    group_organisation_id: str | None = None


def _filtered(query, f: SignatoryFilters):
    if f.regional_covenant:
        query = query.where(Signatory.regional_covenant == f.regional_covenant)
    if f.country_code:
        query = query.where(Signatory.country_code == f.country_code.upper())
    if f.status:
        query = query.where(Signatory.status == f.status)
    if f.badge:
        query = query.where(exists().where(SignatoryBadge.signatory_id == Signatory.id, SignatoryBadge.badge == f.badge))
    if f.generation:
        query = query.where(exists().where(Commitment.signatory_id == Signatory.id, Commitment.generation == f.generation))
    if f.min_population is not None:
        query = query.where(Signatory.population >= f.min_population)
    if f.max_population is not None:
        query = query.where(Signatory.population <= f.max_population)
    if f.adhered_from:
        query = query.where(Signatory.adhesion_date >= f.adhered_from)
    if f.adhered_to:
        query = query.where(Signatory.adhesion_date <= f.adhered_to)
    if f.group_organisation_id:
        query = query.where(Signatory.group_organisation_id == f.group_organisation_id)
    return query


async def list_signatories(session: AsyncSession, page: PageParams, filters: SignatoryFilters) -> list[Signatory]:
    """Signatories by name then id; one more than the page size to tell if more follow."""
    query = _filtered(select(Signatory), filters)
    if page.after:
        name, sid = page.after
        query = query.where(or_(Signatory.name > name, and_(Signatory.name == name, Signatory.id > sid)))
    query = query.order_by(Signatory.name, Signatory.id).limit(page.page_size + 1)
    return list((await session.scalars(query)).all())


async def insert_signatories(session: AsyncSession, signatories: list[dict], commitments: list[dict], badges: list[dict]) -> None:
    """New signatories with their commitments and badges, as rows (an import sends thousands)."""
    await insert_many(session, Signatory.__table__, signatories)
    await insert_many(session, Commitment.__table__, commitments)
    await insert_many(session, SignatoryBadge.__table__, badges)


# --- the change feed --------------------------------------------------------------------


async def next_change_seqs(session: AsyncSession, count: int) -> int:
    """Reserve `count` feed positions and return the first.

    The counter row stays locked until the transaction commits, so positions become
    visible in the order they were handed out: a reader never skips one that commits late.
    """
    last = await session.scalar(
        update(FeedCounter)
        .where(FeedCounter.name == FEED)
        .values(last_seq=FeedCounter.last_seq + count)
        .returning(FeedCounter.last_seq)
    )
    return last - count + 1


async def feed_pruned_through(session: AsyncSession) -> int:
    return await session.scalar(select(FeedCounter.pruned_through).where(FeedCounter.name == FEED)) or 0


async def changed_signatories(session: AsyncSession, after: int, limit: int) -> list[Signatory]:
    query = select(Signatory).where(Signatory.change_seq > after).order_by(Signatory.change_seq).limit(limit)
    return list((await session.scalars(query)).all())


async def tombstones_after(session: AsyncSession, after: int, limit: int) -> list[SignatoryTombstone]:
    query = select(SignatoryTombstone).where(SignatoryTombstone.change_seq > after).order_by(SignatoryTombstone.change_seq)
    return list((await session.scalars(query.limit(limit))).all())


async def prune_tombstones(session: AsyncSession, before: datetime) -> int:
    """Drop tombstones older than `before`; cursors older than the newest dropped then get 410."""
    newest = await session.scalar(select(func.max(SignatoryTombstone.change_seq)).where(SignatoryTombstone.deleted_at < before))
    if newest is None:
        return 0
    result = await session.execute(SignatoryTombstone.__table__.delete().where(SignatoryTombstone.change_seq <= newest))
    await session.execute(update(FeedCounter).where(FeedCounter.name == FEED).values(pruned_through=newest))
    return result.rowcount


# --- evidence for the compliance engine -------------------------------------------------


@dataclass
class Submissions:
    """What the signatories of a set have submitted, as the compliance engine needs it."""

    targets: dict[str, set[Pillar]]
    baseline_inventory: dict[str, date]
    monitoring: dict[str, list[date]]
    risk_assessment: dict[str, date]
    energy_access_assessment: dict[str, date]
    plans: dict[str, list[tuple[list[str], date]]]


async def submissions_of(session: AsyncSession, ids: Sequence[str]) -> Submissions:
    """Targets, inventories, assessments and reports of these signatories, in five queries."""
    targets: dict[str, set[Pillar]] = defaultdict(set)
    rows = await session.execute(
        select(Target.signatory_id, Commitment.pillar)
        .join(Commitment, Commitment.id == Target.commitment_id)
        .where(Target.signatory_id.in_(ids))
    )
    for sid, pillar in rows.all():
        targets[sid].add(Pillar(pillar))
    baseline: dict[str, date] = {}
    monitoring: dict[str, list[date]] = defaultdict(list)
    rows = await session.execute(
        select(Inventory.signatory_id, Inventory.kind, Inventory.submitted_on).where(Inventory.signatory_id.in_(ids))
    )
    for sid, kind, on in rows.all():
        if kind == "baseline":
            baseline[sid] = min(on, baseline.get(sid, on))
        else:
            monitoring[sid].append(on)
    risk = dict(
        (
            await session.execute(
                select(RiskAssessment.signatory_id, func.min(RiskAssessment.submitted_on))
                .where(RiskAssessment.signatory_id.in_(ids))
                .group_by(RiskAssessment.signatory_id)
            )
        ).all()
    )
    access = dict(
        (
            await session.execute(
                select(EnergyAccessAssessment.signatory_id, func.min(EnergyAccessAssessment.submitted_on))
                .where(EnergyAccessAssessment.signatory_id.in_(ids))
                .group_by(EnergyAccessAssessment.signatory_id)
            )
        ).all()
    )
    plans: dict[str, list[tuple[list[str], date]]] = defaultdict(list)
    rows = await session.execute(
        select(Report.signatory_id, Report.kind, Report.pillars, Report.submitted_on).where(Report.signatory_id.in_(ids))
    )
    for sid, kind, pillars, on in rows.all():
        if kind == ReportKind.action_plan:
            plans[sid].append((pillars, on))
        else:
            monitoring[sid].append(on)
    return Submissions(targets, baseline, monitoring, risk, access, plans)


async def signatory_ids_due(session: AsyncSession, today: date, limit: int) -> list[str]:
    """Signatories whose compliance may have changed by today (a due date has passed)."""
    query = (
        select(Signatory.id)
        .where(Signatory.compliance_next_change_on <= today, Signatory.status != "withdrawn")
        .order_by(Signatory.compliance_next_change_on, Signatory.id)
        .limit(limit)
    )
    if not is_sqlite(session.bind):
        query = query.with_for_update(skip_locked=True)
    return list((await session.scalars(query)).all())


async def signatories_by_ids(session: AsyncSession, ids: Sequence[str]) -> list[Signatory]:
    return list((await session.scalars(select(Signatory).where(Signatory.id.in_(ids)).order_by(Signatory.id))).all())


async def mark_covenant_due(session: AsyncSession, regional_covenant: str, today: date) -> int:
    """Ask the scheduler to reassess a whole covenant (its policy changed)."""
    result = await session.execute(
        update(Signatory)
        .where(Signatory.regional_covenant == regional_covenant, Signatory.status != "withdrawn")
        .values(compliance_next_change_on=today)
    )
    return result.rowcount


# --- sub-resources ----------------------------------------------------------------------


async def get_commitment(session: AsyncSession, signatory_id: str, commitment_id: str) -> Commitment | None:
    query = select(Commitment).where(Commitment.id == commitment_id, Commitment.signatory_id == signatory_id)
    return (await session.scalars(query)).one_or_none()


async def list_targets(session: AsyncSession, signatory_id: str) -> list[Target]:
    query = select(Target).where(Target.signatory_id == signatory_id).order_by(Target.created_at, Target.id)
    return list((await session.scalars(query)).all())


async def get_inventory(session: AsyncSession, signatory_id: str, inventory_id: str) -> Inventory | None:
    query = select(Inventory).where(Inventory.id == inventory_id, Inventory.signatory_id == signatory_id)
    return (await session.scalars(query)).one_or_none()


async def list_inventories(session: AsyncSession, signatory_id: str, page: PageParams) -> list[Inventory]:
    query = select(Inventory).where(Inventory.signatory_id == signatory_id)
    if page.after:
        query = query.where(Inventory.id > page.after[0])
    return list((await session.scalars(query.order_by(Inventory.id).limit(page.page_size + 1))).all())


async def inventories_by_external_id(session: AsyncSession, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], Inventory]:
    """(signatory id, external id) -> inventory, for the given pairs."""
    if not keys:
        return {}
    signatory_ids = {s for s, _ in keys}
    external_ids = {e for _, e in keys}
    query = select(Inventory).where(Inventory.signatory_id.in_(signatory_ids), Inventory.external_id.in_(external_ids))
    found = (await session.scalars(query)).all()
    wanted = set(keys)
    return {(i.signatory_id, i.external_id): i for i in found if (i.signatory_id, i.external_id) in wanted}


async def list_of(session: AsyncSession, model: type, signatory_id: str) -> list:
    """Risk assessments, energy-access assessments or reports of a signatory, oldest first."""
    query = select(model).where(model.signatory_id == signatory_id).order_by(model.submitted_on, model.id)
    return list((await session.scalars(query)).all())


async def report_by_external_id(session: AsyncSession, external_id: str) -> Report | None:
    return (await session.scalars(select(Report).where(Report.external_id == external_id))).one_or_none()


# --- policies, stats, imports -----------------------------------------------------------


async def policies(session: AsyncSession) -> dict[str, DeadlinePolicyRow]:
    return {p.regional_covenant: p for p in (await session.scalars(select(DeadlinePolicyRow))).all()}


async def get_policy(session: AsyncSession, regional_covenant: str) -> DeadlinePolicyRow | None:
    return await session.get(DeadlinePolicyRow, regional_covenant)


async def counts_by(session: AsyncSession, column) -> dict[str, int]:
    rows = await session.execute(select(column, func.count()).group_by(column))
    return {str(k): n for k, n in rows.all() if k is not None}


async def stats(session: AsyncSession) -> dict[str, object]:
    """Counts for dashboards, each one GROUP BY."""
    return {
        "total": await session.scalar(select(func.count()).select_from(Signatory)),
        "by_regional_covenant": await counts_by(session, Signatory.regional_covenant),
        "by_country": await counts_by(session, Signatory.country_code),
        "by_status": await counts_by(session, Signatory.status),
        "by_badge": await counts_by(session, SignatoryBadge.badge),
        "by_generation": dict(
            (
                await session.execute(
                    select(Commitment.generation, func.count(func.distinct(Commitment.signatory_id))).group_by(
                        Commitment.generation
                    )
                )
            ).all()
        ),
    }


async def get_import(session: AsyncSession, import_id: str) -> CovenantImport | None:
    return await session.get(CovenantImport, import_id)
