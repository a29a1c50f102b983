"""Use cases of the knowledge service: each runs inside the caller's transaction and writes
its events to the outbox in that same transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.knowledge import domain, repository, search
from services.knowledge.auth import (
    ensure_admin,
    ensure_may_edit,
    ensure_writes_for_cities,
    is_author,
    is_invited,
    practice_cities,
)
from services.knowledge.domain import ADMIN_ONLY, EDITABLE, PUBLIC_STATES, Facet, Origin, Place, State, Verb, search_words
from services.knowledge.harvest import Draft
from services.knowledge.invitations import service as invitations
from services.knowledge.models import Practice, PracticeTag, PracticeTransition, Resource, kit
from services.knowledge.schemas import Location, PracticeCreate, PracticeUpdate
from shared.concurrency import check_if_match, touch
from shared.contracts.knowledge import PracticeArchived, PracticeLocation, PracticePublishedV2
from shared.events import CloudEvent
from shared.identity import Identity
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.problems import Problem
from shared.reference.sdgs import Sdg, is_sdg
from shared.reference.sdgs import sdgs as all_sdgs
from shared.repository import NotFound, get_or_404

# The actor recorded for what the consumers harvest.
HARVESTER = "knowledge-harvester"


def tag_values(practice: Practice | Resource, facet: Facet) -> list[str]:
    """The values a practice or resource is filed under for one facet, sorted."""
    return sorted(t.value for t in practice.tags if t.facet == facet.value)


def sdgs_of(owner: Practice | Resource) -> list[int]:
    """The SDGs of a practice or resource, in goal order."""
    return sorted(int(v) for v in tag_values(owner, Facet.sdg))


def _places(locations: list[Location]) -> list[dict]:
    return [Place(loc.name, loc.city_id, loc.country_code, loc.region_code).as_dict() for loc in locations]


def _practice_tags(themes, sdgs, sectors, places: list[dict]) -> list[PracticeTag]:
    return [PracticeTag(facet=f, value=v) for f, v in sorted(domain.tags_of(themes, sdgs, sectors, places))]


def _tag_state(p: Practice) -> tuple[list[str], list[int], list[str]]:
    return tag_values(p, Facet.theme), sdgs_of(p), tag_values(p, Facet.sector)


def _transition(p: Practice, to: State, actor: str, role: str, at: datetime, reason: str | None = None) -> None:
    p.history.append(
        PracticeTransition(
            from_state=p.state if p.history else None, to_state=to.value, actor=actor, actor_role=role, reason=reason, at=at
        )
    )
    p.state = to.value


def _dedupe(values):
    return sorted(set(values))


# --- practices -----------------------------------------------------------------------------


async def create_practice(session: AsyncSession, identity: Identity, data: PracticeCreate, now: datetime) -> Practice:
    """A new draft, typed in by a city or the coordination unit; other cities a city key names are invited."""
    places = _places(data.locations)
    ensure_writes_for_cities(identity, {p["city_id"] for p in places if p["city_id"]})
    owner = invitations.owner_of(identity)
    places, held = invitations.held_places(identity, owner_city_id=owner, current={owner} if owner else set(), places=places)
    fields = data.model_dump(exclude={"themes", "sdgs", "sectors", "locations", "year"})
    p = Practice(
        **fields,
        state=State.draft.value,
        locations=places,
        place_names=" ".join(pl["name"] for pl in places),
        year=data.year or now.year,
        origin=Origin.api.value,
        created_by=identity.subject,
        created_by_role=identity.role.value,
        owner_city_id=owner,
        harvest_notes=[],
        tags=_practice_tags(_dedupe(data.themes), _dedupe(data.sdgs), _dedupe(data.sectors), places),
        history=[],
        created_at=now,
        updated_at=now,
    )
    _transition(p, State.draft, identity.subject, identity.role.value, now)
    session.add(p)
    await session.flush()
    await invitations.invite_places(session, identity, p, held, now)
    return p


async def list_practices(session: AsyncSession, identity: Identity, page: PageParams, **filters: Any) -> dict:
    """A page of practices, oldest first: published and archived ones, plus the caller's own."""
    visibility = repository.visible_to(see_all=identity.is_admin, subject=identity.subject, city_id=identity.city_id)
    return await repository.list_practices(session, page, visibility=visibility, **filters)


async def get_practice(session: AsyncSession, identity: Identity, practice_id: str, *, for_update: bool = False) -> Practice:
    """The practice, if it exists and the caller may see it (an unpublished one is 404 to others)."""
    p = await get_or_404(session, Practice, practice_id, what="practice", for_update=for_update)
    if State(p.state) not in PUBLIC_STATES and not is_author(identity, p) and not is_invited(identity, p):
        raise NotFound("practice", practice_id)
    return p


async def published_practice(session: AsyncSession, practice_id: str) -> Practice:
    """A published practice, for anyone (the showcase); 404 for any other, whoever asks."""
    p = await get_or_404(session, Practice, practice_id, what="practice")
    if State(p.state) is not State.published:
        raise NotFound("practice", practice_id)
    return p


async def _for_change(session: AsyncSession, identity: Identity, practice_id: str, if_match: str | None) -> Practice:
    """The practice a write changes, locked, if the caller sees it and names its current version."""
    p = await get_practice(session, identity, practice_id, for_update=True)
    check_if_match(if_match, p.version)
    return p


def new_version_if_changed(session: AsyncSession, row: Practice | Resource, now: datetime) -> None:
    """A new version of `row` if anything of it changed, its tags included."""
    if session.is_modified(row):
        touch(row)  # a change of its tags alone moves the version too
        row.updated_at = now


async def update_practice(
    session: AsyncSession, identity: Identity, practice_id: str, data: PracticeUpdate, if_match: str | None, now: datetime
) -> Practice:
    """Edit a draft; its authors only (other cities named in its locations are invited, not added)."""
    p = await _for_change(session, identity, practice_id, if_match)
    ensure_may_edit(identity, p)
    if State(p.state) not in EDITABLE:
        raise Problem(409, f"A practice that is {p.state} can no longer be edited; a draft can.", state=p.state)
    changes = data.model_dump(exclude_unset=True, exclude={"themes", "sdgs", "sectors", "locations"})
    for field, value in changes.items():  # a null reaches here only for a nullable column (NotNull)
        if getattr(p, field) != value:
            setattr(p, field, value)
    themes, sdgs, sectors = _tag_state(p)
    places = p.locations
    if data.locations is not None:
        places = _places(data.locations)
        ensure_writes_for_cities(identity, {pl["city_id"] for pl in places if pl["city_id"]})
        places, held = invitations.held_places(identity, owner_city_id=p.owner_city_id, current=practice_cities(p), places=places)
        p.locations, p.place_names = places, " ".join(pl["name"] for pl in places)
    themes = _dedupe(data.themes) if data.themes is not None else themes
    sdgs = _dedupe(data.sdgs) if data.sdgs is not None else sdgs
    sectors = _dedupe(data.sectors) if data.sectors is not None else sectors
    wanted = domain.tags_of(themes, sdgs, sectors, places)
    if wanted != {(t.facet, t.value) for t in p.tags}:
        p.tags = [PracticeTag(facet=f, value=v) for f, v in sorted(wanted)]
    new_version_if_changed(session, p, now)
    await session.flush()
    if data.locations is not None:
        await invitations.invite_places(session, identity, p, held, now)
    return p


def _move(p: Practice, verb: Verb, identity: Identity, now: datetime, reason: str | None = None) -> None:
    if verb in ADMIN_ONLY:
        ensure_admin(identity, f"{verb.value.replace('_', ' ')} practices")
    else:
        ensure_may_edit(identity, p)
    try:
        target = domain.next_state(State(p.state), verb)
    except domain.TransitionNotAllowed as exc:
        raise Problem(409, str(exc), state=p.state) from exc
    _transition(p, target, identity.subject, identity.role.value, now, reason)
    p.updated_at = now


async def submit_practice(
    session: AsyncSession, identity: Identity, practice_id: str, if_match: str | None, now: datetime
) -> Practice:
    """Send a draft to review; every gap it still has is listed in one 422."""
    p = await _for_change(session, identity, practice_id, if_match)
    ensure_may_edit(identity, p)
    if State(p.state) == State.draft:
        text = domain.PracticeText(
            kind=domain.PracticeKind(p.kind),
            title=p.title,
            summary=p.summary,
            challenge=p.challenge,
            solution=p.solution,
            results=p.results,
            lessons_learnt=p.lessons_learnt,
            themes=tuple(tag_values(p, Facet.theme)),
            locations=len(p.locations or []),
        )
        violations = domain.review_violations(text)
        if violations:
            raise Problem(
                422,
                "The practice is not ready for review: " + " ".join(v.detail for v in violations),
                type_="https://iuc.example.eu/problems/practice-incomplete",
                title="Practice incomplete",
                errors=[{"rule": v.rule, "detail": v.detail, "pointer": v.pointer} for v in violations],
            )
    _move(p, Verb.submit, identity, now)
    p.submitted_at = now
    await session.flush()
    return p


async def send_back_practice(
    session: AsyncSession, identity: Identity, practice_id: str, reason: str, if_match: str | None, now: datetime
) -> Practice:
    """Return a pending practice to its authors, with what to change."""
    p = await _for_change(session, identity, practice_id, if_match)
    _move(p, Verb.send_back, identity, now, reason)
    await session.flush()
    return p


def published_event(p: Practice, revision_id: str | None = None, changed: Sequence[str] = ()) -> PracticePublishedV2:
    """practice.published of the practice's current content (flushed: its version is the new one)."""
    themes, sdgs, sectors = _tag_state(p)
    return PracticePublishedV2(
        practice_id=p.id,
        kind=p.kind,
        title=p.title,
        summary=p.summary,
        themes=themes,
        sdgs=sdgs,
        sectors=sectors,
        locations=[PracticeLocation(**loc) for loc in p.locations or []],
        year=p.year,
        action_id=p.action_id,
        pairing_id=p.pairing_id,
        origin=p.origin,
        published_by=p.published_by or "",
        published_at=p.published_at,
        revision_id=revision_id,
        changed_fields=list(changed),
        practice_version=p.version,
    )


async def publish_practice(
    session: AsyncSession, identity: Identity, practice_id: str, if_match: str | None, now: datetime
) -> Practice:
    """The coordination unit publishes a reviewed practice: practice.published goes out."""
    p = await _for_change(session, identity, practice_id, if_match)
    _move(p, Verb.publish, identity, now)
    p.published_at, p.published_by = now, identity.subject
    await session.flush()
    await record_event(session, kit.outbox, published_event(p), p.id)
    return p


async def archive_practice(
    session: AsyncSession, identity: Identity, practice_id: str, reason: str | None, if_match: str | None, now: datetime
) -> Practice:
    """Take a published practice out of the library (it stays readable, marked archived)."""
    p = await _for_change(session, identity, practice_id, if_match)
    _move(p, Verb.archive, identity, now, reason)
    p.archived_at = now
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        PracticeArchived(
            practice_id=p.id, kind=p.kind, title=p.title, reason=reason, archived_by=identity.subject, archived_at=now
        ),
        p.id,
    )
    return p


# --- search --------------------------------------------------------------------------------


async def search_knowledge(
    session: AsyncSession,
    page: PageParams,
    q: str | None,
    *,
    themes: Sequence[str] = (),
    sdgs: Sequence[int] = (),
    regions: Sequence[str] = (),
    sectors: Sequence[str] = (),
    countries: Sequence[str] = (),
    years: Sequence[int] = (),
    kind: str | None = None,
    lang: domain.SearchLanguage | None = None,
) -> search.SearchPage:
    """Full-text search of the published library, best match first, with facet counts, the query
    stemmed in `lang` (None: in each practice's language); 422 for an unknown SDG or a query without a word."""
    bad = [
        {"pointer": "query:sdg", "detail": f"{s} is not one of the 17 SDGs", "code": "unknown_sdg"} for s in sdgs if not is_sdg(s)
    ]
    if bad:
        raise Problem(422, "Unknown SDG(s): " + ", ".join(e["detail"] for e in bad) + ".", errors=bad)
    query = q.strip() if q and q.strip() else None
    if query is not None and not search_words(query):
        raise Problem(
            422,
            "The query holds no word to search for.",
            errors=[{"pointer": "query:q", "detail": "no word", "code": "no_search_word"}],
        )
    filters = search.SearchFilters(
        themes=[t.lower() for t in themes],
        sdgs=list(sdgs),
        regions=list(regions),
        sectors=[s.lower() for s in sectors],
        countries=[c.upper() for c in countries],
        years=list(years),
        kind=kind,
    )
    return await search.search_practices(session, query, filters, page, lang)


# --- harvesting ----------------------------------------------------------------------------


async def harvest(session: AsyncSession, draft: Draft, event: CloudEvent, now: datetime) -> Practice | None:
    """Store a harvested draft once per source; None when the source already has its draft.

    The inbox stops a redelivered event; the unique harvest key stops the same source
    arriving in another event (a replay, a re-publication with a new id). Two replicas
    racing on one source: the loser's flush fails on the key and its retry finds the draft.
    """
    if await repository.practice_by_harvest_key(session, draft.harvest_key) is not None:
        return None
    places = [pl.as_dict() for pl in draft.places]
    p = Practice(
        kind=draft.kind.value,
        state=State.draft.value,
        title=draft.title,
        summary=draft.summary,
        challenge=draft.challenge,
        objectives=draft.objectives,
        solution=draft.solution,
        results=draft.results,
        transferability=draft.transferability,
        lessons_learnt=draft.lessons_learnt,
        locations=places,
        place_names=" ".join(pl["name"] for pl in places),
        year=draft.year,
        period_start=draft.period_start,
        period_end=draft.period_end,
        budget_amount=draft.budget_amount,
        budget_currency=draft.budget_currency,
        action_id=draft.action_id,
        plan_id=draft.plan_id,
        pairing_id=draft.pairing_id,
        call_id=draft.call_id,
        origin=Origin.event.value,
        created_by=HARVESTER,
        created_by_role="system",
        source_event_id=event.id,
        source_event_type=event.type,
        source_event_source=event.source,
        harvest_key=draft.harvest_key,
        harvest_notes=list(draft.notes),
        tags=_practice_tags(draft.themes, (), draft.sectors, places),
        history=[],
        created_at=now,
        updated_at=now,
    )
    _transition(p, State.draft, HARVESTER, "system", now, f"harvested from {event.type} {event.id}")
    session.add(p)
    await session.flush()
    return p


# --- reference and stats ---------------------------------------------------------------------


async def stats(session: AsyncSession) -> dict[str, Any]:
    """Counts for dashboards: practices by state and kind, the published library by theme, SDG, region and year."""
    return await repository.stats(session)


def list_sdgs() -> list[Sdg]:
    """The 17 Sustainable Development Goals practices and resources are tagged with."""
    return list(all_sdgs().values())
