"""Use cases of opportunities: a partner submits one, the coordination unit publishes (and it is
matched at once) or rejects it, its owner withdraws or renews it, and readers see what
disclosure.py allows. Each runs in the caller's transaction and writes its events to the outbox
in that same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.value_chains import disclosure, domain, repository
from services.value_chains.auth import ensure_acts_for, ensure_coordination_unit
from services.value_chains.cooperation.service import MatchRules, MatchRun, match_published, present_matches, reader_for
from services.value_chains.disclosure import Reader
from services.value_chains.domain import OpportunityAction, OpportunityStatus, Violation
from services.value_chains.models import Opportunity, kit
from services.value_chains.opportunities.schemas import OpportunityCreate, OpportunityPublish, OpportunityReject, OpportunityRenew
from services.value_chains.regions import region
from services.value_chains.service import conflict, reject
from shared.concurrency import check_if_match
from shared.contracts.value_chains import OpportunityPublishedV2, OpportunityRejected, OpportunityRenewed, OpportunitySubmitted
from shared.identity import Identity
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.repository import NotFound, get_or_404


@dataclass(frozen=True)
class ReviewRules:
    """How long a published opportunity stays open, and when a renewal goes back to review (settings)."""

    validity_months: int = 12
    review_after_days: int = 90


def present(opportunities: Iterable[Opportunity], today: date, reader: Reader) -> None:
    """Give each opportunity its status as of `today` and its organisation as the reader may know it."""
    for opp in opportunities:
        opp.status_today = domain.opportunity_status(opp.status, opp.expires_on, today)
        opp.shown_organisation_id = disclosure.shown(reader, opp.organisation_id)


async def _presented(session: AsyncSession, identity: Identity, opp: Opportunity, today: date) -> Opportunity:
    present([opp], today, await reader_for(session, identity))
    return opp


async def submit_opportunity(session: AsyncSession, identity: Identity, data: OpportunityCreate, now: datetime) -> Opportunity:
    """Submit an offer or request of one of the caller's organisations for review; every check runs
    before anything is written. It is matched once the coordination unit publishes it."""
    ensure_acts_for(identity, data.organisation_id, pointer="/organisation_id")
    today = now.date()
    org = (await repository.get_organisations(session, {data.organisation_id})).get(data.organisation_id)
    problems: list[Violation] = []
    if org is None:
        problems.append(
            Violation(f"no organisation {data.organisation_id}", pointer="/organisation_id", code="unknown_organisation")
        )
    problems += domain.check_nace_codes(data.nace_codes, "/nace_codes")
    targets, region_problems = domain.check_regions(data.target_region_ids, "/target_region_ids")
    problems += region_problems
    problems += domain.check_ecosystem(data.ecosystem, "/ecosystem")
    problems += domain.check_expiry(data.expires_on, today)
    if org is not None:
        for i, t in enumerate(data.target_region_ids):
            r = region(t)
            if r is not None and r.side.value == org.side:
                problems.append(
                    Violation(
                        f"{r.id} is on the organisation's own side ({org.side}); opportunities target the other side of the Atlantic.",
                        rule="targets_across_the_atlantic",
                        pointer=f"/target_region_ids/{i}",
                    )
                )
    reject(problems)
    opp = Opportunity(
        kind=data.kind.value,
        organisation_id=org.id,
        side=org.side,
        title=data.title,
        description=data.description,
        keywords=list(dict.fromkeys(data.keywords)),
        nace_codes=domain.normalise_nace(data.nace_codes),
        target_region_ids=list(dict.fromkeys(r.id for r in targets)),
        ecosystem=data.ecosystem,
        expires_on=data.expires_on,
        status=OpportunityStatus.submitted.value,
        created_by=identity.subject,
        created_at=now,
    )
    session.add(opp)
    await session.flush()
    event = OpportunitySubmitted(opportunity_id=opp.id, kind=opp.kind, title=opp.title, organisation_id=org.id, side=org.side)
    await record_event(session, kit.outbox, event, f"opportunities/{opp.id}")
    return await _presented(session, identity, opp, today)


async def _for_move(session: AsyncSession, opportunity_id: str, if_match: str | None, action: OpportunityAction) -> Opportunity:
    opp = await get_or_404(session, Opportunity, opportunity_id, what="opportunity", for_update=True)
    check_if_match(if_match, opp.version)
    to, problems = domain.opportunity_move(opp.status, action)
    conflict(problems)
    opp.status = to.value
    return opp


async def _published_event(session: AsyncSession, opp: Opportunity) -> None:
    org = (await repository.get_organisations(session, {opp.organisation_id}))[opp.organisation_id]
    event = OpportunityPublishedV2(  # anonymous: no organisation_id (v1 named it to everyone)
        opportunity_id=opp.id,
        kind=opp.kind,
        title=opp.title,
        side=org.side,
        region_id=org.region_id,
        keywords=opp.keywords,
        nace_codes=opp.nace_codes,
        target_region_ids=opp.target_region_ids,
        ecosystem=opp.ecosystem,
        expires_on=opp.expires_on,
    )
    await record_event(session, kit.outbox, event, f"opportunities/{opp.id}")


async def publish_opportunity(
    session: AsyncSession,
    identity: Identity,
    opportunity_id: str,
    data: OpportunityPublish | None,
    if_match: str | None,
    now: datetime,
    rules: MatchRules,
    review: ReviewRules,
) -> tuple[Opportunity, MatchRun]:
    """The coordination unit publishes a submitted opportunity: it opens for other partners and is matched at once."""
    ensure_coordination_unit(identity, "publishes opportunities (it reviews what partners submit)")
    data = data or OpportunityPublish()
    today = now.date()
    reject(domain.check_expiry(data.expires_on, today))
    opp = await _for_move(session, opportunity_id, if_match, OpportunityAction.publish)
    opp.expires_on = domain.expiry_on_publication(data.expires_on or opp.expires_on, today, review.validity_months)
    opp.published_at = opp.reviewed_at = now
    opp.reviewed_by = identity.subject
    await session.flush()
    await _published_event(session, opp)
    run = await match_published(session, opp, now, rules)
    reader = await reader_for(session, identity)
    present_matches(run.proposed, reader)
    present([opp], today, reader)
    return opp, run


async def reject_opportunity(
    session: AsyncSession, identity: Identity, opportunity_id: str, data: OpportunityReject, if_match: str | None, now: datetime
) -> Opportunity:
    """The coordination unit rejects a submitted opportunity with a reason for its submitter."""
    ensure_coordination_unit(identity, "rejects opportunities (it reviews what partners submit)")
    opp = await _for_move(session, opportunity_id, if_match, OpportunityAction.reject)
    opp.rejection_reason, opp.reviewed_by, opp.reviewed_at = data.reason, identity.subject, now
    await session.flush()
    event = OpportunityRejected(opportunity_id=opp.id, organisation_id=opp.organisation_id, reason=data.reason)
    await record_event(session, kit.outbox, event, f"opportunities/{opp.id}")
    return await _presented(session, identity, opp, now.date())


async def renew_opportunity(
    session: AsyncSession,
    identity: Identity,
    opportunity_id: str,
    data: OpportunityRenew | None,
    if_match: str | None,
    now: datetime,
    rules: MatchRules,
    review: ReviewRules,
) -> tuple[Opportunity, MatchRun]:
    """Its owner's partner or an admin gives a published opportunity a new expiry; open again it is matched
    with new counterparts, and a partner's renewal of one long expired goes back to review."""
    data = data or OpportunityRenew()
    opp = await get_or_404(session, Opportunity, opportunity_id, what="opportunity", for_update=True)
    ensure_acts_for(identity, opp.organisation_id)
    today = now.date()
    reject(domain.check_expiry(data.expires_on, today))
    check_if_match(if_match, opp.version)
    _, problems = domain.opportunity_move(opp.status, OpportunityAction.renew)
    conflict(problems)
    status = domain.renewal_status(opp.expires_on, today, identity.is_admin, review.review_after_days)
    opp.status = status.value
    opp.expires_on = data.expires_on or domain.add_months(today, review.validity_months)
    opp.renewed_at = now
    await session.flush()
    event = OpportunityRenewed(
        opportunity_id=opp.id, organisation_id=opp.organisation_id, status=opp.status, expires_on=opp.expires_on
    )
    await record_event(session, kit.outbox, event, f"opportunities/{opp.id}")
    run = MatchRun(considered=0, proposed=[])
    if status == OpportunityStatus.open:
        run = await match_published(session, opp, now, rules)
    reader = await reader_for(session, identity)
    present_matches(run.proposed, reader)
    present([opp], today, reader)
    return opp, run


async def withdraw_opportunity(
    session: AsyncSession, identity: Identity, opportunity_id: str, if_match: str | None, today: date
) -> Opportunity:
    """Take a submitted or open opportunity out (its organisation's partner or an admin); its matches stay."""
    opp = await get_or_404(session, Opportunity, opportunity_id, what="opportunity", for_update=True)
    ensure_acts_for(identity, opp.organisation_id)
    check_if_match(if_match, opp.version)
    to, problems = domain.opportunity_move(opp.status, OpportunityAction.withdraw)
    conflict(problems)
    opp.status = to.value
    await session.flush()
    return await _presented(session, identity, opp, today)


async def get_opportunity(session: AsyncSession, identity: Identity, opportunity_id: str, today: date) -> Opportunity:
    """One opportunity as the caller may read it, or 404 (also one that is not open, for other partners)."""
    opp = await get_or_404(session, Opportunity, opportunity_id, what="opportunity")
    reader = await reader_for(session, identity)
    present([opp], today, reader)
    if not disclosure.may_read_opportunity(reader, opp.organisation_id, opp.status_today):
        raise NotFound("opportunity", opportunity_id)
    return opp


async def list_opportunities(
    session: AsyncSession, identity: Identity, page: PageParams, today: date, **filters: Any
) -> dict[str, Any]:
    """Opportunities the caller may read, newest first, filtered, each as of `today`."""
    reader = await reader_for(session, identity)
    if filters.get("organisation_id") and not reader.sees(filters["organisation_id"]):
        repository.OPPORTUNITIES.check(page)
        return {"items": [], "next_page_token": None}  # filtering must not tell who is behind what
    readable = None if reader.sees_all else reader.organisation_ids
    found = await repository.list_opportunities(session, page, today, readable_by=readable, **filters)
    present(found["items"], today, reader)
    return found
