"""Use cases of the covenant registry: reading, listing (also as GeoJSON) and exporting signatories,
withdrawals and deletions, approved plans from the action-plans service, and stats (the change feed: feed/).

Each runs in the caller's transaction; changes go through `registry.Registry`, which writes
their events to the outbox in that same transaction. Syncing offices: sync.py; bulk
imports: imports.py; what a signatory submits: reports/; policies and the scheduled pass:
compliance/.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.covenant import repository
from services.covenant.auth import ensure_admin, ensure_may_write
from services.covenant.domain import ALL_BADGES, REGIONAL_COVENANTS, RegionalCovenantMap, ReportKind, SignatoryStatus
from services.covenant.models import Report, Signatory, SignatoryTombstone
from services.covenant.registry import Registry
from services.covenant.repository import SignatoryFilters
from services.covenant.schemas import SignatoryRead
from shared.concurrency import check_if_match
from shared.contracts.action_plans import PlanApproved
from shared.contracts.covenant import SignatoryDeleted
from shared.exports import csv_line
from shared.geo import Area, feature_collection
from shared.identity import Identity
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound

# --- reading and listing ----------------------------------------------------------------


async def get_signatory(session: AsyncSession, key: str, *, for_update: bool = False) -> Signatory:
    """The signatory named by its GCoM id (e.g. FR0003) or id; 404 if there is none."""
    s = await repository.get_signatory(session, key, for_update=for_update)
    if s is None:
        raise NotFound("signatory", key)
    return s


async def find_signatory(session: AsyncSession, key: str) -> Signatory:
    """The signatory named by its GCoM id (FR0003), id or MyCovenant organisation id (12657); 404 if there is none."""
    s = await repository.get_signatory(session, key, or_organisation_id=True)
    if s is None:
        raise NotFound("signatory", key)
    return s


def signatory_filters(
    *,
    regional_covenant: str | None = None,
    country_code: str | None = None,
    status: str | None = None,
    badge: str | None = None,
    generation: str | None = None,
    min_population: int | None = None,
    max_population: int | None = None,
    adhered_from: date | None = None,
    adhered_to: date | None = None,
    area: Area | None = None,
) -> SignatoryFilters:
    """The filters of a list of signatories; 422 for a badge or covenant that does not exist."""
    if badge and badge not in ALL_BADGES:
        raise Problem(
            422, f"Unknown badge {badge!r}.", errors=[{"pointer": "/badge", "detail": f"one of {', '.join(ALL_BADGES)}"}]
        )
    if regional_covenant and regional_covenant not in REGIONAL_COVENANTS:
        raise Problem(422, f"Unknown regional covenant {regional_covenant!r}; known: {', '.join(REGIONAL_COVENANTS)}.")
    return SignatoryFilters(
        regional_covenant=regional_covenant,
        country_code=country_code,
        status=status,
        badge=badge,
        generation=generation,
        min_population=min_population,
        max_population=max_population,
        adhered_from=adhered_from,
        adhered_to=adhered_to,
        area=area or Area(),
    )


async def list_signatories(session: AsyncSession, page: PageParams, filters: SignatoryFilters) -> dict:
    """A page of signatories by name."""
    return await repository.list_signatories(session, page, filters)


async def public_signatories(session: AsyncSession, page: PageParams, filters: SignatoryFilters) -> dict:
    """A page of signatories by name for the showcase: withdrawn ones left out."""
    return await repository.list_signatories(session, page, replace(filters, public_only=True))


async def public_signatory(session: AsyncSession, key: str) -> Signatory:
    """A signatory's public profile, for anyone; 404 when there is none or it has withdrawn."""
    s = await find_signatory(session, key)
    if s.status == SignatoryStatus.withdrawn.value:
        raise NotFound("signatory", key)
    return s


async def signatories_geojson(session: AsyncSession, page: PageParams, filters: SignatoryFilters) -> dict:
    """A page of signatories by name as a GeoJSON FeatureCollection, a Point per signatory."""
    found = await repository.list_signatories(session, page, filters)
    items = [SignatoryRead.model_validate(s).model_dump(mode="json") for s in found["items"]]
    return feature_collection(items, found["next_page_token"])


async def list_group_members(session: AsyncSession, key: str, page: PageParams) -> dict:
    """A page of the signatories that belong to a group signatory."""
    repository.GROUP_MEMBERS.check(page)
    s = await get_signatory(session, key)
    if not s.organisation_id:
        return {"items": [], "next_page_token": None}
    return await repository.list_group_members(session, page, s.organisation_id)


CSV_COLUMNS = (
    "gcom_id",
    "organisation_id",
    "name",
    "country_code",
    "regional_covenant",
    "population",
    "latitude",
    "longitude",
    "adhesion_date",
    "adhesion_type",
    "status",
    "badges",
    "generations",
)
CSV_CHUNK = 1000


def _csv_line(s: Signatory | None) -> str:
    # Text cells are escaped against formula injection (shared.exports); population and the
    # coordinates stay numbers.
    if s is None:
        return csv_line(CSV_COLUMNS)
    values: dict[str, Any] = {k: getattr(s, k) for k in CSV_COLUMNS if k not in ("badges", "generations")}
    values["badges"] = " ".join(b.badge for b in s.badges)
    values["generations"] = " ".join(sorted({c.generation for c in s.commitments}))
    return csv_line("" if values[k] is None else values[k] for k in CSV_COLUMNS)


def export_signatories(
    sessionmaker: async_sessionmaker[AsyncSession], filters: SignatoryFilters, page: PageParams
) -> AsyncIterator[str]:
    """Every matching signatory (after the page token, if one is given) as CSV text, read a
    chunk at a time in sessions of its own; a token not of this list is refused before the answer starts."""
    repository.SIGNATORIES.check(page)
    return _csv_chunks(sessionmaker, filters, page.page_token)


async def _csv_chunks(
    sessionmaker: async_sessionmaker[AsyncSession], filters: SignatoryFilters, token: str | None
) -> AsyncIterator[str]:
    yield _csv_line(None)
    while True:
        async with sessionmaker() as session:
            chunk = await repository.list_signatories(session, PageParams(page_size=CSV_CHUNK, page_token=token), filters)
            yield "".join(_csv_line(s) for s in chunk["items"])
        token = chunk["next_page_token"]
        if token is None:
            return


async def stats(session: AsyncSession) -> dict:
    """Counts for dashboards: by regional covenant, country, status, badge and generation."""
    return await repository.stats(session)


def regional_covenants(covenants: RegionalCovenantMap) -> dict[str, list[str]]:
    """Each regional covenant with the countries it covers."""
    by_covenant: dict[str, list[str]] = {c: [] for c in REGIONAL_COVENANTS}
    for country, covenant in sorted(covenants.by_country.items()):
        by_covenant[covenant].append(country)
    return by_covenant


# --- use cases on one signatory ---------------------------------------------------------


async def withdraw_signatory(reg: Registry, identity: Identity, key: str, reason: str, if_match: str | None) -> Signatory:
    """A signatory leaves the Covenant."""
    s = await get_signatory(reg.session, key, for_update=True)
    check_if_match(if_match, s.version)
    ensure_may_write(identity, s.regional_covenant)
    if s.status == SignatoryStatus.withdrawn:
        raise Problem(409, f"{s.name} has already withdrawn.")
    reg.withdraw(s, reason)
    await reg.finish()
    return s


async def delete_signatory(reg: Registry, identity: Identity, key: str, reason: str) -> None:
    """Remove a record made in error; the change feed keeps a tombstone."""
    s = await get_signatory(reg.session, key, for_update=True)
    ensure_admin(identity, "delete signatories")
    seq = await repository.next_change_seqs(reg.session, 1)
    reg.session.add(
        SignatoryTombstone(
            change_seq=seq,
            signatory_id=s.id,
            gcom_id=s.gcom_id,
            organisation_id=s.organisation_id,
            regional_covenant=s.regional_covenant,
            deleted_at=reg.now,
        )
    )
    reg.events.append(
        (SignatoryDeleted(signatory_id=s.id, gcom_id=s.gcom_id, regional_covenant=s.regional_covenant, reason=reason), s.id)
    )
    await reg.session.delete(s)
    await reg.finish()


async def record_plan_approval(reg: Registry, event: PlanApproved) -> bool:
    """Count a SECAP approved in the action-plans service; False if it is not ours to count."""
    if event.kind != "secap" or not (event.signatory_id or event.gcom_id):
        return False
    if await repository.report_by_external_id(reg.session, event.plan_id):
        return False  # already counted
    s = await repository.get_signatory(reg.session, event.signatory_id or event.gcom_id or "")
    if s is None and event.gcom_id:
        s = await repository.get_signatory(reg.session, event.gcom_id)
    if s is None:
        raise LookupError(f"plan {event.plan_id} names signatory {event.signatory_id or event.gcom_id}, which is not registered")
    reg.session.add(
        Report(
            signatory_id=s.id,
            kind=ReportKind.action_plan.value,
            pillars=list(event.pillars),
            submitted_on=event.approved_at.date(),
            title=event.title,
            source="action_plans",
            external_id=event.plan_id,
            created_at=reg.now,
        )
    )
    await reg.updated(s, [])
    return True
