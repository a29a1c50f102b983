"""Use cases of calls and applications (the city registry is the `cities` seam): each runs
inside the caller's transaction and writes its events to the outbox in that same transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.applications import domain, repository
from services.applications.auth import ensure_acts_for_city, ensure_admin, ensure_may_read, ensure_reviewer, own_city_only
from services.applications.cities.service import city_profile
from services.applications.domain import Action, State
from services.applications.invitations import service as invitations
from services.applications.invitations.service import seen_by
from services.applications.models import (
    Application,
    ApplicationTransition,
    Call,
    City,
    kit,
)
from services.applications.review import criteria as review
from services.applications.schemas import (
    ApplicationCreate,
    ApplicationRead,
    ApplicationUpdate,
    CallCreate,
)
from shared.concurrency import check_if_match, touch
from shared.contracts.applications import (
    ApplicationAcceptedV2,
    ApplicationRefused,
    ApplicationRejected,
    ApplicationSubmitted,
    ApplicationWithdrawn,
)
from shared.identity import Identity, Role
from shared.outbox import record_event, separate_session
from shared.pagination import PageParams
from shared.problems import Problem

# --- calls ------------------------------------------------------------------------------


async def open_call(session: AsyncSession, identity: Identity, data: CallCreate) -> Call:
    """Publish a call for applications."""
    ensure_admin(identity, "open calls")
    if errors := domain.call_problems(data.min_cooperation_months):
        raise Problem(422, " ".join(e["detail"] for e in errors), errors=errors)
    fields = data.model_dump(mode="json", exclude={"criteria", "reviewers"})
    call = Call(**fields | {"opens_on": data.opens_on, "closes_on": data.closes_on}, criteria=[], reviewers=[])
    await review.set_up(session, call, None, criteria=data.criteria, reviewers=data.reviewers, new=True)
    session.add(call)
    await session.flush()
    return call


async def list_calls(session: AsyncSession, page: PageParams, component: str | None) -> dict:
    """A page of calls, oldest first."""
    return await repository.list_calls(session, page, component=component)


async def get_call(session: AsyncSession, call_id: str) -> Call:
    """One call, or 404."""
    return await repository.get_call(session, call_id)


def call_terms(call: Call) -> domain.CallTerms:
    """What a call asks of an application, as the eligibility rules read it."""
    return domain.CallTerms(
        component=domain.Component(call.component),
        opens_on=call.opens_on,
        closes_on=call.closes_on,
        eligible_regions=frozenset(call.eligible_regions or ()),
        population_threshold=call.population_threshold,
        min_cooperation_months=call.min_cooperation_months,
        themes=frozenset(call.themes or ()),
        closed_early=call.closed_at is not None,
    )


# --- applications -----------------------------------------------------------------------


async def _cities_or_422(session: AsyncSession, lead: str, members: list[str]) -> dict[str, City]:
    ids = [lead, *members]
    found = await repository.get_cities(session, ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise Problem(
            422,
            f"Unknown city id(s): {', '.join(missing)}.",
            errors=[
                {"pointer": "/city_id" if i == lead else "/member_city_ids", "detail": f"no city {i}", "code": "unknown_city"}
                for i in missing
            ],
        )
    if lead in members:
        raise Problem(
            422,
            "The lead city cannot also be a group member.",
            errors=[{"pointer": "/member_city_ids", "detail": "contains city_id", "code": "lead_city_is_member"}],
        )
    return found


async def create_application(
    session: AsyncSession, identity: Identity, data: ApplicationCreate, now: datetime
) -> ApplicationRead:
    """Start a draft application of a city to a call; the group members a city key names are invited, not added."""
    ensure_acts_for_city(identity, data.city_id)
    if await repository.find_call(session, data.call_id) is None:
        raise Problem(
            422,
            f"Unknown call {data.call_id}.",
            errors=[{"pointer": "/call_id", "detail": "no such call", "code": "unknown_call"}],
        )
    await _cities_or_422(session, data.city_id, data.member_city_ids)
    members, invited = invitations.held_members(identity, lead=data.city_id, current=[], wanted=data.member_city_ids)
    fields = data.model_dump() | {"member_city_ids": members}
    app = Application(**fields, state=State.draft.value, created_by=identity.subject, history=[], reviews=[])
    app.history.append(_transition(None, State.draft, identity, None, now))
    session.add(app)
    await session.flush()
    await invitations.invite_members(session, identity, app, invited, now)
    return seen_by(identity, app)


async def list_applications(
    session: AsyncSession,
    identity: Identity,
    page: PageParams,
    *,
    call_id: str | None,
    city_id: str | None,
    state: str | None,
) -> dict:
    """A page of applications, oldest first; a city key sees only its own city's."""
    city_id = own_city_only(identity, city_id)
    reviewer = identity.subject if identity.role == Role.reviewer else None
    result = await repository.list_applications(session, page, call_id=call_id, city_id=city_id, state=state, reviewer=reviewer)
    return result | {"items": [seen_by(identity, app) for app in result["items"]]}


async def stats(session: AsyncSession) -> dict:
    """Counts for dashboards: applications by state and by call, and the cities."""
    return await repository.stats(session)


async def get_application_for(session: AsyncSession, identity: Identity, application_id: str) -> ApplicationRead:
    """The application, if it exists and the caller may see it, as it may see it."""
    app = await repository.get_application(session, application_id)
    ensure_may_read(identity, app)
    return seen_by(identity, app)


async def for_change(session: AsyncSession, identity: Identity, application_id: str, if_match: str | None) -> Application:
    """The application locked for a write the caller may see, if If-Match names its version."""
    app = await repository.get_application(session, application_id, for_update=True)
    ensure_may_read(identity, app)
    check_if_match(if_match, app.version)
    return app


async def update_application(
    session: AsyncSession, identity: Identity, application_id: str, data: ApplicationUpdate, if_match: str | None, now: datetime
) -> ApplicationRead:
    """Edit a draft (or an application asked for more information); new group members are invited, not added."""
    app = await for_change(session, identity, application_id, if_match)
    ensure_acts_for_city(identity, app.city_id)
    if app.state not in (State.draft, State.more_info_requested):
        raise Problem(409, f"An application that is {app.state} can no longer be edited.")
    changes = data.model_dump(exclude_none=True)
    invited: list[str] = []
    if "member_city_ids" in changes:
        await _cities_or_422(session, app.city_id, changes["member_city_ids"])
        changes["member_city_ids"], invited = invitations.held_members(
            identity, lead=app.city_id, current=list(app.member_city_ids or []), wanted=changes["member_city_ids"]
        )
    before = {k: getattr(app, k) for k in changes}
    for k, v in changes.items():
        setattr(app, k, v)
    if changes:
        touch(app)  # an edit is a new version even when it repeats the stored values
        # ...and an entry of the history: who, when, and the fields whose values it changed.
        entry = _transition(State(app.state), State(app.state), identity, None, now)
        entry.changes = domain.field_changes(before, changes)
        app.history.append(entry)
    await session.flush()
    if invited:
        await invitations.invite_members(session, identity, app, invited, now)
    return seen_by(identity, app)


def _transition(
    from_state: State | None, to_state: State, identity: Identity, reason: str | None, now: datetime
) -> ApplicationTransition:
    return ApplicationTransition(
        from_state=from_state.value if from_state else None,
        to_state=to_state.value,
        actor=identity.subject,
        actor_role=identity.role.value,
        reason=reason,
        at=now,
    )


def move_state(app: Application, action: Action, identity: Identity, reason: str | None, now: datetime) -> State:
    """Apply `action` to the application (its version moves at the next flush), or 409."""
    current = State(app.state)
    try:
        target = domain.next_state(current, action)
    except domain.TransitionNotAllowed as exc:
        raise Problem(409, str(exc), state=current.value) from exc
    app.history.append(_transition(current, target, identity, reason, now))
    app.state = target.value
    return target


async def submit(
    session: AsyncSession, identity: Identity, application_id: str, if_match: str | None, now: datetime
) -> ApplicationRead:
    """Submit after checking every eligibility rule; all broken rules answer 422 together."""
    app = await for_change(session, identity, application_id, if_match)
    ensure_acts_for_city(identity, app.city_id)
    if State(app.state) not in (State.draft, State.more_info_requested):
        move_state(app, Action.submit, identity, None, now)  # raises the 409 with the allowed actions
    call = await repository.get_call(session, app.call_id)
    cities = await _cities_or_422(session, app.city_id, list(app.member_city_ids or []))
    lead = cities[app.city_id]
    candidate = domain.Candidate(
        lead_region=lead.world_region,
        populations=tuple([lead.population] + [cities[m].population for m in app.member_city_ids or []]),
        planned_cooperation_months=app.planned_cooperation_months,
        themes=frozenset(app.themes or ()),
        summary=app.summary or "",
    )
    result = domain.check_eligibility(call_terms(call), candidate, now.date())
    if not result.ok:
        await _announce_refusal(session, app, [v.rule for v in result.violations], now)
        raise Problem(
            422,
            "The application is not eligible: " + " ".join(v.detail for v in result.violations),
            type_="https://iuc.example.eu/problems/not-eligible",
            title="Not eligible",
            errors=[{"rule": v.rule, "detail": v.detail} for v in result.violations],
        )
    move_state(app, Action.submit, identity, None, now)
    app.submitted_at = now
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        ApplicationSubmitted(application_id=app.id, call_id=app.call_id, city_id=app.city_id, submitted_at=app.submitted_at),
        app.id,
    )
    return seen_by(identity, app)


async def _announce_refusal(session: AsyncSession, app: Application, rules: list[str], now: datetime) -> None:
    """Record `application.refused` in a transaction of its own: the request's is rolled back with its 422,
    and the refusal, which changes no application, is still a fact the dashboards count (by rule)."""
    async with separate_session(session) as own, own.begin():
        event = ApplicationRefused(application_id=app.id, call_id=app.call_id, city_id=app.city_id, rules=rules, refused_at=now)
        await record_event(own, kit.outbox, event, app.id)


async def start_review(
    session: AsyncSession, identity: Identity, application_id: str, if_match: str | None, now: datetime
) -> ApplicationRead:
    """Move a submitted application under review."""
    app = await for_change(session, identity, application_id, if_match)
    ensure_reviewer(identity)
    move_state(app, Action.start_review, identity, None, now)
    await session.flush()
    return seen_by(identity, app)


async def request_info(
    session: AsyncSession, identity: Identity, application_id: str, reason: str, if_match: str | None, now: datetime
) -> ApplicationRead:
    """Ask the applicant for more information (it resubmits)."""
    app = await for_change(session, identity, application_id, if_match)
    ensure_reviewer(identity)
    move_state(app, Action.request_info, identity, reason, now)
    await session.flush()
    return seen_by(identity, app)


async def decide(
    session: AsyncSession,
    identity: Identity,
    application_id: str,
    accept: bool,
    reason: str,
    if_match: str | None,
    now: datetime,
) -> ApplicationRead:
    """The coordination unit accepts or rejects, with a reason."""
    app = await for_change(session, identity, application_id, if_match)
    ensure_admin(identity, "decide on applications")
    if accept and State(app.state) == State.under_review and not app.reviews:
        raise Problem(409, "An application is accepted only after at least one review.")
    move_state(app, Action.accept if accept else Action.reject, identity, reason, now)
    app.decided_at, app.decision_reason = now, reason
    app.review_summary = review.summary(app)
    await session.flush()
    if accept:
        call = await repository.get_call(session, app.call_id)
        cities = await repository.get_cities(session, [app.city_id, *app.member_city_ids])
        event = ApplicationAcceptedV2(
            application_id=app.id,
            call_id=app.call_id,
            city_id=app.city_id,
            component=call.component,
            call_themes=list(call.themes or []),
            themes=list(app.themes or []),
            planned_cooperation_months=app.planned_cooperation_months,
            min_cooperation_months=call.min_cooperation_months,
            city=city_profile(cities[app.city_id]),
            member_cities=[city_profile(cities[m]) for m in app.member_city_ids if m in cities],
            reason=reason,
            accepted_at=app.decided_at,
        )
    else:
        event = ApplicationRejected(
            application_id=app.id, call_id=app.call_id, city_id=app.city_id, reason=reason, rejected_at=app.decided_at
        )
    await record_event(session, kit.outbox, event, app.id)
    return seen_by(identity, app)


async def withdraw(
    session: AsyncSession, identity: Identity, application_id: str, reason: str | None, if_match: str | None, now: datetime
) -> ApplicationRead:
    """Withdraw the city's own application."""
    app = await for_change(session, identity, application_id, if_match)
    ensure_acts_for_city(identity, app.city_id)
    move_state(app, Action.withdraw, identity, reason, now)
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        ApplicationWithdrawn(application_id=app.id, call_id=app.call_id, city_id=app.city_id, reason=reason, withdrawn_at=now),
        app.id,
    )
    return seen_by(identity, app)
