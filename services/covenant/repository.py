"""Every query of the covenant service."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Row, bindparam, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from services.covenant.domain import Pillar, ReportKind
from services.covenant.models import (
    Commitment,
    DeadlinePolicyRow,
    EnergyAccessAssessment,
    FeedCounter,
    Inventory,
    Report,
    RiskAssessment,
    Signatory,
    SignatoryBadge,
    Target,
)
from shared.db import insert_many, is_sqlite
from shared.geo import Area, area_conditions
from shared.pagination import Keyset, PageParams, asc

FEED = "signatories"

# The sorts of the paged lists, each declared once (decision 0006).
SIGNATORIES = Keyset("covenant.signatories", asc(Signatory.name), asc(Signatory.id))
GROUP_MEMBERS = Keyset("covenant.group_members", *SIGNATORIES.keys)
INVENTORIES = Keyset("covenant.inventories", asc(Inventory.id))


# --- signatories ------------------------------------------------------------------------


def _by_key(key: str):
    # A path names a signatory by its GCoM id (FR0003) or, for the few without one, our id.
    return or_(Signatory.gcom_id == key.upper(), Signatory.id == key)


async def get_signatory(
    session: AsyncSession, key: str, *, for_update: bool = False, or_organisation_id: bool = False
) -> Signatory | None:
    """The signatory named by its GCoM id or id (or, if asked, its MyCovenant organisation id), if there is one."""
    condition = or_(_by_key(key), Signatory.organisation_id == key) if or_organisation_id else _by_key(key)
    query = select(Signatory).where(condition)
    if for_update:
        query = query.with_for_update()
    found = (await session.scalars(query)).all()
    # A GCoM id or id names a signatory before another's organisation id does (their shapes differ anyway).
    direct = [s for s in found if s.gcom_id == key.upper() or s.id == key]
    return (direct or found or [None])[0]


# Built once (building one, and its compiled-cache key, cost more than running it). One signatory (a
# PUT) comes with its children in one joined query; a batch by IN, children by selectin (no row blow-up).
_ONE_BY_GCOM_ID = select(Signatory).where(Signatory.gcom_id == bindparam("gcom_id"))
_ONE_BY_GCOM_ID = _ONE_BY_GCOM_ID.options(joinedload(Signatory.commitments), joinedload(Signatory.badges))
_BY_GCOM_IDS = select(Signatory).where(Signatory.gcom_id.in_(bindparam("gcom_ids", expanding=True)))
_IDS = bindparam("ids", expanding=True)
_IDS_BY_GCOM_ID = select(Signatory.gcom_id, Signatory.id, Signatory.regional_covenant).where(Signatory.gcom_id.in_(_IDS))
_IDS_BY_ORGANISATION_ID = select(Signatory.organisation_id, Signatory.id, Signatory.regional_covenant).where(
    Signatory.organisation_id.in_(_IDS)
)
_OWNERS = select(Signatory.organisation_id, Signatory.gcom_id).where(Signatory.organisation_id.in_(_IDS))
_POLICIES = select(*DeadlinePolicyRow.__table__.columns)  # rows to read, not objects for the session to track


async def signatories_by_gcom_id(session: AsyncSession, gcom_ids: Sequence[str]) -> dict[str, Signatory]:
    """gcom_id -> signatory, for the given GCoM ids."""
    if len(gcom_ids) == 1:
        rows = (await session.scalars(_ONE_BY_GCOM_ID, {"gcom_id": gcom_ids[0]})).unique().all()
    else:
        rows = (await session.scalars(_BY_GCOM_IDS, {"gcom_ids": list(gcom_ids)})).all()
    return {s.gcom_id: s for s in rows if s.gcom_id}


async def signatories_by_organisation_id(session: AsyncSession, organisation_ids: Sequence[str]) -> dict[str, Signatory]:
    """organisation_id -> signatory, for the given MyCovenant organisation ids."""
    rows = (await session.scalars(select(Signatory).where(Signatory.organisation_id.in_(organisation_ids)))).all()
    return {s.organisation_id: s for s in rows if s.organisation_id}


async def ids_by_gcom_id(session: AsyncSession, gcom_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """gcom_id -> (signatory id, regional covenant), without loading the records."""
    rows = await session.execute(_IDS_BY_GCOM_ID, {"ids": list(gcom_ids)})
    return {g: (i, c) for g, i, c in rows.all()}


async def ids_by_organisation_id(session: AsyncSession, organisation_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """organisation_id -> (signatory id, regional covenant), without loading the records."""
    rows = await session.execute(_IDS_BY_ORGANISATION_ID, {"ids": list(organisation_ids)})
    return {o: (i, c) for o, i, c in rows.all()}


async def organisation_owners(session: AsyncSession, organisation_ids: Sequence[str]) -> dict[str, str | None]:
    """organisation_id -> the gcom_id of the signatory that holds it."""
    return dict((await session.execute(_OWNERS, {"ids": list(organisation_ids)})).all())


@dataclass(frozen=True)
class SignatoryFilters:
    """What a list of signatories may be narrowed by."""

    regional_covenant: str | None = None
    country_code: str | None = None
    status: str | None = None
    badge: str | None = None
    generation: str | None = None
    min_population: int | None = None
    max_population: int | None = None
    adhered_from: date | None = None
    adhered_to: date | None = None
    area: Area = field(default_factory=Area)
    public_only: bool = False  # the showcase: withdrawn signatories left out


def _filtered(query, f: SignatoryFilters):
    query = query.where(*area_conditions(Signatory.latitude, Signatory.longitude, f.area))
    if f.public_only:
        query = query.where(Signatory.status != "withdrawn")
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
    return query


async def list_signatories(session: AsyncSession, page: PageParams, filters: SignatoryFilters) -> dict:
    """A page of the signatories that pass the filters, by name then id."""
    query = SIGNATORIES.apply(_filtered(select(Signatory), filters), page)
    return SIGNATORIES.page((await session.scalars(query)).all(), page)


async def list_group_members(session: AsyncSession, page: PageParams, organisation_id: str) -> dict:
    """A page of the members of the group with this organisation id, by name then id."""
    query = GROUP_MEMBERS.apply(select(Signatory).where(Signatory.group_organisation_id == organisation_id), page)
    return GROUP_MEMBERS.page((await session.scalars(query)).all(), page)


async def insert_signatories(session: AsyncSession, signatories: list[dict], commitments: list[dict], badges: list[dict]) -> None:
    """New signatories with their commitments and badges, as rows (an import sends thousands)."""
    await insert_many(session, Signatory.__table__, signatories)
    await insert_many(session, Commitment.__table__, commitments)
    await insert_many(session, SignatoryBadge.__table__, badges)


_SIGNATORIES = Signatory.__table__
# What a change may write: every column but the key, the version and the creation time.
_WRITTEN = tuple(c.key for c in _SIGNATORIES.columns if c.key not in ("id", "version", "created_at"))
# Versioned as the ORM's UPDATE is (decision 0008): WHERE version = :old, SET version = :old + 1.
_VERSIONED_UPDATE = (
    update(_SIGNATORIES)
    .where(_SIGNATORIES.c.id == bindparam("w_id"), _SIGNATORIES.c.version == bindparam("w_version"))
    .values({k: bindparam(f"w_{k}") for k in _WRITTEN} | {"version": bindparam("w_version") + 1})
)


async def write_signatories(session: AsyncSession, signatories: Sequence[Signatory], first_seq: int) -> None:
    """Write changed signatories with one executemany UPDATE, each row only if its version is
    still the one read, and mark the ORM objects stored with their next versions.

    The ORM sends one statement per versioned row; a batch or an import chunk changes hundreds.
    An executemany's row count is not known on every driver (asyncpg), so the rows are counted
    by the feed positions reserved for them from `first_seq`, which only these writes can hold:
    one missing means another write won the race, and StaleDataError is answered 412 as the
    ORM's own is."""
    rows = [{"w_id": s.id, "w_version": s.version} | {f"w_{k}": getattr(s, k) for k in _WRITTEN} for s in signatories]
    last_seq = first_seq + len(signatories) - 1
    with session.no_autoflush:
        await session.execute(_VERSIONED_UPDATE, rows)
        written = await session.scalar(
            select(func.count()).select_from(_SIGNATORIES).where(_SIGNATORIES.c.change_seq.between(first_seq, last_seq))
        )
    if written != len(signatories):
        raise StaleDataError(f"UPDATE of signatories expected to write {len(signatories)} rows; {written} were matched.")
    for s in signatories:
        for k in _WRITTEN:
            set_committed_value(s, k, getattr(s, k))
        set_committed_value(s, "version", s.version + 1)


# --- the change feed --------------------------------------------------------------------


async def next_change_seqs(session: AsyncSession, count: int) -> int:
    """Reserve `count` feed positions and return the first.

    The counter row stays locked until the transaction commits, so positions become
    visible in the order they were handed out: a reader never skips one that commits late.
    """
    # No autoflush: the rows the positions go to are written afterwards, each with one
    # versioned UPDATE that carries its new position with the rest of its change.
    with session.no_autoflush:
        last = await session.scalar(_RESERVE_SEQS, {"feed": FEED, "count": count})
    return last - count + 1


# On the table, not the entity: no counter object is loaded, so the ORM has no session to sync.
_COUNTERS = FeedCounter.__table__
_RESERVE_SEQS = update(_COUNTERS).where(_COUNTERS.c.name == bindparam("feed")).returning(_COUNTERS.c.last_seq)
_RESERVE_SEQS = _RESERVE_SEQS.values(last_seq=_COUNTERS.c.last_seq + bindparam("count"))


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
    extensions: dict[str, dict] = field(default_factory=dict)  # filled by the registry (extensions/)


async def _first_submitted(session: AsyncSession, model: type, ids: Sequence[str]) -> dict[str, date]:
    query = select(model.signatory_id, func.min(model.submitted_on)).where(model.signatory_id.in_(ids))
    return dict((await session.execute(query.group_by(model.signatory_id))).all())


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
    risk = await _first_submitted(session, RiskAssessment, ids)
    access = await _first_submitted(session, EnergyAccessAssessment, ids)
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
    """The signatories with these ids, by id."""
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
    """A commitment of a signatory, if it has that one."""
    query = select(Commitment).where(Commitment.id == commitment_id, Commitment.signatory_id == signatory_id)
    return (await session.scalars(query)).one_or_none()


async def list_targets(session: AsyncSession, signatory_id: str) -> list[Target]:
    """Every target of a signatory's commitments, oldest first."""
    query = select(Target).where(Target.signatory_id == signatory_id).order_by(Target.created_at, Target.id)
    return list((await session.scalars(query)).all())


async def get_inventory(session: AsyncSession, signatory_id: str, inventory_id: str) -> Inventory | None:
    """An emission inventory of a signatory, if it has that one."""
    query = select(Inventory).where(Inventory.id == inventory_id, Inventory.signatory_id == signatory_id)
    return (await session.scalars(query)).one_or_none()


async def list_inventories(session: AsyncSession, signatory_id: str, page: PageParams) -> dict:
    """A page of a signatory's emission inventories, by id (so in the order they came)."""
    query = INVENTORIES.apply(select(Inventory).where(Inventory.signatory_id == signatory_id), page)
    return INVENTORIES.page((await session.scalars(query)).all(), page)


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
    """The report recorded for a plan of the action-plans service, if any."""
    return (await session.scalars(select(Report).where(Report.external_id == external_id))).one_or_none()


# --- policies and stats -----------------------------------------------------------------


async def policies(session: AsyncSession) -> dict[str, Row]:
    """The stored deadline policies, by regional covenant (read-only rows with the columns' names)."""
    return {p.regional_covenant: p for p in (await session.execute(_POLICIES)).all()}


async def get_policy(session: AsyncSession, regional_covenant: str, *, for_update: bool = False) -> DeadlinePolicyRow | None:
    """The stored deadline policy of a covenant, locked for a write if asked."""
    query = select(DeadlinePolicyRow).where(DeadlinePolicyRow.regional_covenant == regional_covenant)
    if for_update:
        query = query.with_for_update()
    return (await session.scalars(query)).one_or_none()


async def counts_by(session: AsyncSession, column) -> dict[str, int]:
    """How many rows have each value of `column`."""
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
        "by_generation": dict((await session.execute(_BY_GENERATION)).all()),
    }


_BY_GENERATION = select(Commitment.generation, func.count(func.distinct(Commitment.signatory_id))).group_by(Commitment.generation)
