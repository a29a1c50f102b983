"""Use cases of a practice's revisions: an author opens one on a published practice, changes it as a
draft and sends it to review; the coordination unit sends it back or publishes it, and only then does
its content replace the practice's (same id, a new version, the index and the showcase following)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from services.knowledge import domain, repository
from services.knowledge import service as practices
from services.knowledge.auth import (
    consent_actor,
    consent_rule,
    ensure_admin,
    ensure_may_edit,
    ensure_writes_for_cities,
    is_author,
    practice_cities,
)
from services.knowledge.domain import Place, State
from services.knowledge.models import Practice, PracticeRevision, PracticeRevisionTransition, PracticeTag, PracticeTransition, kit
from services.knowledge.revisions import domain as rules
from services.knowledge.revisions.domain import RevisionState, RevisionVerb
from services.knowledge.schemas import PracticeUpdate
from shared.concurrency import check_if_match, touch
from shared.identity import Identity
from shared.invitations import NotAllowed, membership_change
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound, get_or_404

# Fields copied from a revision's content onto the practice as they are; the rest are derived.
_PLAIN = (
    "title",
    "language",
    "summary",
    "challenge",
    "objectives",
    "solution",
    "results",
    "transferability",
    "lessons_learnt",
    "year",
    "budget_amount",
    "budget_currency",
)
_DATES = ("period_start", "period_end")


def _refused(status: int, rule: str, detail: str, pointer: str | None = None, **extra) -> Problem:
    """A problem naming the one rule broken."""
    error = {"rule": rule, "detail": detail} | ({"pointer": pointer} if pointer else {})
    return Problem(status, detail, errors=[error], **extra)


def _transition(rev: PracticeRevision, to: RevisionState, identity: Identity, now: datetime, reason: str | None = None) -> None:
    rev.history.append(
        PracticeRevisionTransition(
            from_state=rev.state if rev.history else None,
            to_state=to.value,
            actor=identity.subject,
            actor_role=identity.role.value,
            reason=reason,
            at=now,
        )
    )
    rev.state = to.value


def _revised(identity: Identity, p: Practice, base: dict, data: PracticeUpdate) -> dict:
    """`base` with the changes of `data`, in Practice.content's form; locations keep the consent rules:
    a revision never names a new city for a city key (a city joins a practice by invitation, on a draft)."""
    changes = data.model_dump(mode="json", exclude_unset=True, exclude={"themes", "sdgs", "sectors", "locations"})
    for field in ("themes", "sdgs", "sectors"):
        if getattr(data, field) is not None:
            changes[field] = sorted(set(getattr(data, field)))
    if data.locations is not None:
        places = [Place(loc.name, loc.city_id, loc.country_code, loc.region_code).as_dict() for loc in data.locations]
        named = {pl["city_id"] for pl in places if pl["city_id"]}
        ensure_writes_for_cities(identity, named)
        try:
            change = membership_change(
                consent_actor(identity), owner_city_id=p.owner_city_id, current=practice_cities(p), wanted=named
            )
        except NotAllowed as exc:
            raise consent_rule(exc) from exc
        if change.to_invite:
            detail = (
                f"A revision names no new city ({', '.join(sorted(change.to_invite))}): a city joins a practice by "
                "accepting an invitation, and only drafts invite."
            )
            raise _refused(422, rules.RULE_NO_NEW_CITY, detail, "/locations")
        changes["locations"] = places
    return rules.with_changes(base, changes)


async def open_revision(
    session: AsyncSession, identity: Identity, practice_id: str, data: PracticeUpdate, now: datetime
) -> PracticeRevision:
    """Open the one revision of a published practice (its authors and admins); the published text stays."""
    p = await practices.get_practice(session, identity, practice_id, for_update=True)
    ensure_may_edit(identity, p)
    if State(p.state) is not State.published:
        detail = f"Only a published practice is revised; this one is {p.state} (a draft is edited as it is)."
        raise _refused(409, rules.RULE_PRACTICE_PUBLISHED, detail, state=p.state)
    if (current := await repository.open_revision(session, p.id)) is not None:
        raise _one_open(current.id)
    rev = PracticeRevision(
        practice=p,
        state=RevisionState.draft.value,
        content=_revised(identity, p, p.content, data),
        base_version=p.version,
        created_by=identity.subject,
        created_by_role=identity.role.value,
        history=[],
        created_at=now,
        updated_at=now,
    )
    _transition(rev, RevisionState.draft, identity, now)
    session.add(rev)
    try:
        await session.flush()
    except IntegrityError as exc:  # another revision opened at the same time (the partial unique index)
        raise _one_open(None) from exc
    return rev


def _one_open(revision_id: str | None) -> Problem:
    detail = "The practice already has an open revision: publish or withdraw it before opening another."
    return _refused(409, rules.RULE_ONE_OPEN, detail, open_revision_id=revision_id)


def _may_see(identity: Identity, rev: PracticeRevision) -> bool:
    return rev.created_by == identity.subject or is_author(identity, rev.practice)


async def get_revision(
    session: AsyncSession, identity: Identity, revision_id: str, *, for_update: bool = False
) -> PracticeRevision:
    """A revision, to the practice's authors and admins (404 to everyone else: drafts are theirs)."""
    rev = await get_or_404(session, PracticeRevision, revision_id, what="revision", for_update=for_update)
    if not _may_see(identity, rev):
        raise NotFound("revision", revision_id)
    return rev


async def list_revisions(
    session: AsyncSession, identity: Identity, page: PageParams, *, practice_id: str | None, state: str | None
) -> dict:
    """Revisions oldest first: every one for admins (their review queue), the caller's practices' for others."""
    authored_by = None if identity.is_admin else (identity.subject, consent_actor(identity).city_id)
    return await repository.list_revisions(session, page, authored_by=authored_by, practice_id=practice_id, state=state)


async def _for_change(session: AsyncSession, identity: Identity, revision_id: str, if_match: str | None) -> PracticeRevision:
    rev = await get_revision(session, identity, revision_id, for_update=True)
    check_if_match(if_match, rev.version)
    return rev


async def update_revision(
    session: AsyncSession, identity: Identity, revision_id: str, data: PracticeUpdate, if_match: str | None, now: datetime
) -> PracticeRevision:
    """Change the revised text of a draft revision (its practice's authors)."""
    rev = await _for_change(session, identity, revision_id, if_match)
    ensure_may_edit(identity, rev.practice)
    if RevisionState(rev.state) not in rules.REVISION_EDITABLE:
        detail = f"A revision that is {rev.state} can no longer be edited; a draft can (an admin sends a pending one back)."
        raise _refused(409, rules.RULE_TRANSITION, detail, state=rev.state)
    content = _revised(identity, rev.practice, rev.content, data)
    if content != rev.content:
        rev.content, rev.updated_at = content, now
    await session.flush()
    return rev


def _move(rev: PracticeRevision, verb: RevisionVerb, identity: Identity, now: datetime, reason: str | None = None) -> None:
    if verb in rules.REVISION_ADMIN_ONLY:
        ensure_admin(identity, f"{verb.value.replace('_', ' ')} revisions")
    else:
        ensure_may_edit(identity, rev.practice)
    try:
        target = rules.next_revision_state(RevisionState(rev.state), verb)
    except rules.RevisionNotAllowed as exc:
        raise _refused(409, exc.rule, str(exc), state=rev.state) from exc
    _transition(rev, target, identity, now, reason)
    rev.updated_at = now


def _review_problem(rev: PracticeRevision) -> Problem | None:
    """The 422 listing every gap of the revised text, or that it changes nothing; None when it may go to review."""
    c = rev.content
    text = domain.PracticeText(
        kind=domain.PracticeKind(rev.practice.kind),
        title=c["title"],
        summary=c["summary"],
        challenge=c["challenge"],
        solution=c["solution"],
        results=c["results"],
        lessons_learnt=c["lessons_learnt"],
        themes=tuple(c["themes"]),
        locations=len(c["locations"]),
    )
    errors = [{"rule": v.rule, "detail": v.detail, "pointer": v.pointer} for v in domain.review_violations(text)]
    if not rules.changed_fields(rev.practice.content, c):
        errors.append({"rule": rules.RULE_CHANGES_PRESENT, "detail": "The revision changes nothing of the published text."})
    if not errors:
        return None
    return Problem(
        422,
        "The revision is not ready for review: " + " ".join(e["detail"] for e in errors),
        type_="https://iuc.example.eu/problems/practice-incomplete",
        title="Practice incomplete",
        errors=errors,
    )


async def submit_revision(
    session: AsyncSession, identity: Identity, revision_id: str, if_match: str | None, now: datetime
) -> PracticeRevision:
    """Send a draft revision to review; every gap of the revised text is listed in one 422."""
    rev = await _for_change(session, identity, revision_id, if_match)
    ensure_may_edit(identity, rev.practice)
    if RevisionState(rev.state) is RevisionState.draft and (problem := _review_problem(rev)) is not None:
        raise problem
    _move(rev, RevisionVerb.submit, identity, now)
    rev.submitted_at = now
    await session.flush()
    return rev


async def send_back_revision(
    session: AsyncSession, identity: Identity, revision_id: str, reason: str, if_match: str | None, now: datetime
) -> PracticeRevision:
    """Return a pending revision to its authors as a draft, with what to change (admin)."""
    rev = await _for_change(session, identity, revision_id, if_match)
    _move(rev, RevisionVerb.send_back, identity, now, reason)
    await session.flush()
    return rev


async def withdraw_revision(
    session: AsyncSession, identity: Identity, revision_id: str, reason: str | None, if_match: str | None, now: datetime
) -> PracticeRevision:
    """Take back an open revision (its authors, or an admin); the published text stays, another may be opened."""
    rev = await _for_change(session, identity, revision_id, if_match)
    changes = rev.changes
    _move(rev, RevisionVerb.withdraw, identity, now, reason)
    rev.closed_changes, rev.withdrawn_at = changes, now
    await session.flush()
    return rev


async def publish_revision(
    session: AsyncSession, identity: Identity, revision_id: str, if_match: str | None, now: datetime
) -> PracticeRevision:
    """The coordination unit publishes a reviewed revision: its content becomes the practice's, and
    practice.published goes out again."""
    rev = await _for_change(session, identity, revision_id, if_match)
    ensure_admin(identity, "publish revisions")
    p = await get_or_404(session, Practice, rev.practice_id, what="practice", for_update=True)
    if RevisionState(rev.state) is RevisionState.pending and State(p.state) is not State.published:
        detail = f"The practice is {p.state}: only a published practice takes a revision; withdraw this one."
        raise _refused(409, rules.RULE_PRACTICE_PUBLISHED, detail, state=p.state)
    changes = rev.changes
    _move(rev, RevisionVerb.publish, identity, now)
    rev.closed_changes, rev.published_at, rev.published_by = changes, now, identity.subject
    fields = [c["field"] for c in changes]
    _replace_content(p, rev.content)
    p.history.append(
        PracticeTransition(
            from_state=p.state,
            to_state=p.state,
            actor=identity.subject,
            actor_role=identity.role.value,
            reason=f"revision {rev.id} published: {', '.join(fields) or 'no change'}",
            at=now,
        )
    )
    p.published_at, p.published_by, p.updated_at = now, identity.subject, now
    touch(p)  # a new version even if only its tags changed
    await session.flush()
    await record_event(session, kit.outbox, practices.published_event(p, rev.id, fields), p.id)
    return rev


def _replace_content(p: Practice, content: dict) -> None:
    """Copy a revision's content onto the practice: columns, locations and the tags derived from them."""
    for field in _PLAIN:
        if getattr(p, field) != content[field]:
            setattr(p, field, content[field])
    for field in _DATES:
        value = date.fromisoformat(content[field]) if content[field] else None
        if getattr(p, field) != value:
            setattr(p, field, value)
    places = content["locations"]
    if places != p.locations:
        p.locations, p.place_names = places, " ".join(pl["name"] for pl in places)
    wanted = domain.tags_of(content["themes"], content["sdgs"], content["sectors"], places)
    if wanted != {(t.facet, t.value) for t in p.tags}:
        p.tags = [PracticeTag(facet=f, value=v) for f, v in sorted(wanted)]
