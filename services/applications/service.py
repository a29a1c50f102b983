"""Use cases of the applications service: each runs inside the caller's transaction and
writes its events to the outbox in that same transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from services.applications import domain, repository
from services.applications.auth import ensure_acts_for_city, ensure_admin, ensure_may_read, ensure_reviewer
from services.applications.domain import Action, State
from services.applications.models import (
    Application,
    ApplicationTransition,
    Call,
    City,
    CitySdg,
    CityTheme,
    Review,
    kit,
)
from services.applications.schemas import ApplicationCreate, ApplicationUpdate, CallCreate, CityCreate, CityUpdate, ReviewCreate
from shared.contracts.applications import (
    ApplicationAccepted,
    ApplicationRejected,
    ApplicationSubmitted,
    ApplicationWithdrawn,
    CityProfile,
    CityRegistered,
    CityUpdated,
)
from shared.db import utcnow
from shared.identity import Identity
from shared.outbox import record_event
from shared.problems import Problem


def city_profile(city: City) -> CityProfile:
    """The event view of a city."""
    return CityProfile(
        city_id=city.id,
        name=city.name,
        country_code=city.country_code,
        world_region=city.world_region,
        population=city.population,
        latitude=city.latitude,
        longitude=city.longitude,
        geonames_id=city.geonames_id,
        languages=list(city.languages or []),
        themes=[t.theme for t in city.themes],
        sdgs=[s.sdg for s in city.sdgs],
        challenges=city.challenges or "",
    )


# --- cities -----------------------------------------------------------------------------


def _region_or_422(country_code: str) -> str:
    try:
        return domain.world_region_of(country_code).value
    except domain.UnknownCountry as exc:
        raise Problem(
            422, str(exc), errors=[{"pointer": "/country_code", "detail": str(exc), "code": "unknown_country"}]
        ) from exc


async def register_city(session: AsyncSession, identity: Identity, data: CityCreate) -> City:
    """Register one city; its region comes from its country."""
    ensure_admin(identity, "register cities")
    region = _region_or_422(data.country_code)
    if data.geonames_id is not None and await repository.geonames_id_taken(session, data.geonames_id):
        raise Problem(409, f"A city with geonames_id {data.geonames_id} is already registered.")
    city = City(
        name=data.name,
        country_code=data.country_code,
        world_region=region,
        admin1_code=data.admin1_code,
        population=data.population,
        latitude=data.latitude,
        longitude=data.longitude,
        geonames_id=data.geonames_id,
        languages=data.languages if data.languages is not None else domain.default_languages(data.country_code),
        challenges=data.challenges,
        themes=[CityTheme(theme=t) for t in sorted(set(data.themes))],
        sdgs=[CitySdg(sdg=s) for s in sorted(set(data.sdgs))],
    )
    session.add(city)
    await session.flush()
    await record_event(session, kit.outbox, CityRegistered(city=city_profile(city)), city.id)
    return city


async def update_city(session: AsyncSession, identity: Identity, city: City, data: CityUpdate) -> City:
    """Change a city's profile; emits city.updated only if something changed."""
    ensure_acts_for_city(identity, city.id)
    changed: list[str] = []
    for field in ("name", "population", "latitude", "longitude", "languages", "challenges"):
        value = getattr(data, field)
        if value is not None and value != getattr(city, field):
            setattr(city, field, value)
            changed.append(field)
    if data.themes is not None and sorted(set(data.themes)) != [t.theme for t in city.themes]:
        city.themes = [CityTheme(theme=t) for t in sorted(set(data.themes))]
        changed.append("themes")
    if data.sdgs is not None and sorted(set(data.sdgs)) != [s.sdg for s in city.sdgs]:
        city.sdgs = [CitySdg(sdg=s) for s in sorted(set(data.sdgs))]
        changed.append("sdgs")
    if changed:
        city.version += 1
        await session.flush()
        await record_event(session, kit.outbox, CityUpdated(city=city_profile(city), changed=changed), city.id)
    return city


# --- calls ------------------------------------------------------------------------------


async def open_call(session: AsyncSession, identity: Identity, data: CallCreate) -> Call:
    """Publish a call for applications."""
    ensure_admin(identity, "open calls")
    call = Call(**data.model_dump(mode="json") | {"opens_on": data.opens_on, "closes_on": data.closes_on})
    session.add(call)
    await session.flush()
    return call


def call_terms(call: Call) -> domain.CallTerms:
    return domain.CallTerms(
        component=domain.Component(call.component),
        opens_on=call.opens_on,
        closes_on=call.closes_on,
        eligible_regions=frozenset(call.eligible_regions or ()),
        population_threshold=call.population_threshold,
        min_cooperation_months=call.min_cooperation_months,
        themes=frozenset(call.themes or ()),
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
            errors=[{"pointer": "/city_id" if i == lead else "/member_city_ids", "detail": f"no city {i}"} for i in missing],
        )
    if lead in members:
        raise Problem(
            422,
            "The lead city cannot also be a group member.",
            errors=[{"pointer": "/member_city_ids", "detail": "contains city_id"}],
        )
    return found


async def create_application(session: AsyncSession, identity: Identity, data: ApplicationCreate) -> Application:
    """Start a draft application of a city to a call."""
    ensure_acts_for_city(identity, data.city_id)
    call = await repository.get_call(session, data.call_id)
    if call is None:
        raise Problem(422, f"Unknown call {data.call_id}.", errors=[{"pointer": "/call_id", "detail": "no such call"}])
    await _cities_or_422(session, data.city_id, data.member_city_ids)
    app = Application(**data.model_dump(), state=State.draft.value, created_by=identity.subject, history=[], reviews=[])
    app.history.append(_transition(None, State.draft, identity, None))
    session.add(app)
    await session.flush()
    return app


async def get_application_for(
    session: AsyncSession, identity: Identity, application_id: str, *, for_update: bool = False
) -> Application:
    """The application, if it exists and the caller may see it."""
    app = await repository.get_application(session, application_id, for_update=for_update)
    if app is None:
        raise Problem(404, f"No application {application_id}.")
    ensure_may_read(identity, app)
    return app


async def update_application(session: AsyncSession, identity: Identity, app: Application, data: ApplicationUpdate) -> Application:
    """Edit a draft (or an application asked for more information)."""
    ensure_acts_for_city(identity, app.city_id)
    if app.state not in (State.draft, State.more_info_requested):
        raise Problem(409, f"An application that is {app.state} can no longer be edited.")
    changes = data.model_dump(exclude_none=True)
    if "member_city_ids" in changes:
        await _cities_or_422(session, app.city_id, changes["member_city_ids"])
    for k, v in changes.items():
        setattr(app, k, v)
    if changes:
        app.version += 1
    return app


def _transition(from_state: State | None, to_state: State, identity: Identity, reason: str | None) -> ApplicationTransition:
    return ApplicationTransition(
        from_state=from_state.value if from_state else None,
        to_state=to_state.value,
        actor=identity.subject,
        actor_role=identity.role.value,
        reason=reason,
        at=utcnow(),
    )


def _move(app: Application, action: Action, identity: Identity, reason: str | None) -> State:
    current = State(app.state)
    try:
        target = domain.next_state(current, action)
    except domain.TransitionNotAllowed as exc:
        raise Problem(409, str(exc), state=current.value) from exc
    app.history.append(_transition(current, target, identity, reason))
    app.state = target.value
    app.version += 1
    return target


async def submit(session: AsyncSession, identity: Identity, app: Application, today: date) -> Application:
    """Submit after checking every eligibility rule; all broken rules answer 422 together."""
    ensure_acts_for_city(identity, app.city_id)
    if State(app.state) not in (State.draft, State.more_info_requested):
        _move(app, Action.submit, identity, None)  # raises the 409 with the allowed actions
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
    result = domain.check_eligibility(call_terms(call), candidate, today)
    if not result.ok:
        raise Problem(
            422,
            "The application is not eligible: " + " ".join(v.detail for v in result.violations),
            type_="https://iuc.example.eu/problems/not-eligible",
            title="Not eligible",
            errors=[{"rule": v.rule, "detail": v.detail} for v in result.violations],
        )
    _move(app, Action.submit, identity, None)
    app.submitted_at = utcnow()
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        ApplicationSubmitted(application_id=app.id, call_id=app.call_id, city_id=app.city_id, submitted_at=app.submitted_at),
        app.id,
    )
    return app


async def start_review(session: AsyncSession, identity: Identity, app: Application) -> Application:
    ensure_reviewer(identity)
    _move(app, Action.start_review, identity, None)
    return app


async def add_review(session: AsyncSession, identity: Identity, app: Application, data: ReviewCreate) -> Review:
    """Record a reviewer's scores; the first review starts the review."""
    ensure_reviewer(identity)
    if State(app.state) not in domain.REVIEWABLE:
        raise Problem(409, f"An application that is {app.state} cannot be reviewed.")
    if any(r.reviewer == identity.subject for r in app.reviews):
        raise Problem(409, "This reviewer has already reviewed the application.")
    if app.state == State.submitted:
        _move(app, Action.start_review, identity, "first review")
    review = Review(reviewer=identity.subject, scores=data.scores, recommendation=data.recommendation.value, comment=data.comment)
    app.reviews.append(review)
    app.version += 1
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent review by the same reviewer
        raise Problem(409, "This reviewer has already reviewed the application.") from exc
    return review


async def request_info(session: AsyncSession, identity: Identity, app: Application, reason: str) -> Application:
    ensure_reviewer(identity)
    _move(app, Action.request_info, identity, reason)
    return app


async def decide(session: AsyncSession, identity: Identity, app: Application, accept: bool, reason: str) -> Application:
    """The coordination unit accepts or rejects, with a reason."""
    ensure_admin(identity, "decide on applications")
    if accept and State(app.state) == State.under_review and not app.reviews:
        raise Problem(409, "An application is accepted only after at least one review.")
    _move(app, Action.accept if accept else Action.reject, identity, reason)
    app.decided_at, app.decision_reason = utcnow(), reason
    await session.flush()
    if accept:
        call = await repository.get_call(session, app.call_id)
        cities = await repository.get_cities(session, [app.city_id, *app.member_city_ids])
        event = ApplicationAccepted(
            application_id=app.id,
            call_id=app.call_id,
            city_id=app.city_id,
            component=call.component,
            call_themes=list(call.themes or []),
            themes=list(app.themes or []),
            planned_cooperation_months=app.planned_cooperation_months,
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
    return app


async def withdraw(session: AsyncSession, identity: Identity, app: Application, reason: str | None) -> Application:
    ensure_acts_for_city(identity, app.city_id)
    _move(app, Action.withdraw, identity, reason)
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        ApplicationWithdrawn(
            application_id=app.id, call_id=app.call_id, city_id=app.city_id, reason=reason, withdrawn_at=utcnow()
        ),
        app.id,
    )
    return app
