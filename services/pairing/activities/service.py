"""Use cases of a pairing's cooperation activities: record one (planned or held), edit it, mark it held once it is
over, cancel a planned one. Each writes its event to the outbox in the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.pairing import domain, repository
from services.pairing.activities.schemas import ActivityCreate, ActivityHeldBody, ActivityUpdate
from services.pairing.domain import ActivityStatus, State
from services.pairing.lifecycle.service import activity_summary, ensure_party_or_admin, get_pairing_for, parties_of
from services.pairing.models import Activity, Pairing, kit
from shared.concurrency import check_if_match
from shared.contracts.pairing import ActivityCancelled, ActivityHeld, ActivityPlanned, ActivityUpdated
from shared.identity import Identity
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound, get_or_404

EDITABLE = ("kind", "title", "host_party_id", "starts_on", "ends_on", "participants", "outcomes")


async def _pairing_for_activities(session: AsyncSession, identity: Identity, pairing_id: str) -> Pairing:
    p = await get_pairing_for(session, identity, pairing_id, for_update=True)
    ensure_party_or_admin(identity, p)
    if p.state not in (State.confirmed.value, State.completed.value):
        raise Problem(409, f"Activities are recorded for confirmed pairings; this one is {p.state}.", state=p.state)
    return p


def _rules(p: Pairing, host_party_id: str, starts_on, ends_on, status: ActivityStatus, today) -> list[dict]:
    """The rules an activity as it would be breaks, as problem errors."""
    errors = []
    if host_party_id not in (p.party_a_id, p.party_b_id):
        errors.append(
            {"pointer": "/host_party_id", "rule": "host_is_party", "detail": "The host must be one of the two paired parties."}
        )
    if ends_on < starts_on:
        errors.append({"pointer": "/ends_on", "rule": "date_order", "detail": "ends_on is before starts_on."})
    held = domain.held_problem(ends_on, today) if status is ActivityStatus.held else None
    if held:
        errors.append({"pointer": "/ends_on", "rule": "held_in_future", "detail": held})
    return errors


def _refuse(errors: list[dict]) -> None:
    if errors:
        raise Problem(422, " ".join(e["detail"] for e in errors), errors=errors)


async def record_activity(
    session: AsyncSession, identity: Identity, pairing_id: str, data: ActivityCreate, now: datetime
) -> Activity:
    """Record a study tour, staff exchange, training or seminar of a confirmed pairing: planned, or held (then over)."""
    p = await _pairing_for_activities(session, identity, pairing_id)
    status = ActivityStatus(data.status)
    _refuse(_rules(p, data.host_party_id, data.starts_on, data.ends_on, status, now.date()))
    activity = Activity(pairing_id=p.id, created_by=identity.subject, created_at=now, **data.model_dump())
    activity.kind, activity.status = data.kind.value, status.value
    session.add(activity)
    await session.flush()
    contract = ActivityHeld if status is ActivityStatus.held else ActivityPlanned
    await record_event(session, kit.outbox, contract(**parties_of(p), activity=activity_summary(activity)), activity.id)
    return activity


async def get_activity(session: AsyncSession, identity: Identity, pairing_id: str, activity_id: str) -> Activity:
    """One activity of a pairing the caller may see."""
    await get_pairing_for(session, identity, pairing_id)
    return await _activity(session, pairing_id, activity_id)


async def _activity(session: AsyncSession, pairing_id: str, activity_id: str, *, for_update: bool = False) -> Activity:
    activity = await get_or_404(session, Activity, activity_id, what="activity", for_update=for_update)
    if activity.pairing_id != pairing_id:
        raise NotFound("activity", activity_id)
    return activity


async def _for_change(
    session: AsyncSession, identity: Identity, pairing_id: str, activity_id: str, change: str, if_match: str | None
) -> tuple[Pairing, Activity]:
    """The pairing and its activity, locked, if the caller acts on it, If-Match names its version and its status
    allows `change`."""
    p = await _pairing_for_activities(session, identity, pairing_id)
    activity = await _activity(session, pairing_id, activity_id, for_update=True)
    check_if_match(if_match, activity.version)
    problem = domain.activity_change_problem(ActivityStatus(activity.status), change)
    if problem:
        raise Problem(409, problem, errors=[{"rule": "activity_status", "detail": problem}])
    return p, activity


async def update_activity(
    session: AsyncSession,
    identity: Identity,
    pairing_id: str,
    activity_id: str,
    data: ActivityUpdate,
    now: datetime,
    if_match: str | None,
) -> Activity:
    """Edit a planned or held activity; a held one keeps its kind (it was counted by it) and stays over."""
    p, activity = await _for_change(session, identity, pairing_id, activity_id, "edit", if_match)
    given = data.model_dump(exclude_unset=True)
    merged = {f: given.get(f, getattr(activity, f)) for f in EDITABLE}
    merged["kind"] = getattr(merged["kind"], "value", merged["kind"])
    changed = sorted(f for f in EDITABLE if merged[f] != getattr(activity, f))
    status = ActivityStatus(activity.status)
    errors = _rules(p, merged["host_party_id"], merged["starts_on"], merged["ends_on"], status, now.date())
    if status is ActivityStatus.held and "kind" in changed:
        errors.append({"pointer": "/kind", "rule": "held_kind", "detail": "A held activity keeps its kind."})
    _refuse(errors)
    if not changed:
        return activity  # nothing changes, not even the version
    for f in changed:
        setattr(activity, f, merged[f])
    activity.updated_at = now
    await session.flush()
    event = ActivityUpdated(**parties_of(p), activity=activity_summary(activity), status=activity.status, changed=changed)
    await record_event(session, kit.outbox, event, activity.id)
    return activity


async def mark_held(
    session: AsyncSession,
    identity: Identity,
    pairing_id: str,
    activity_id: str,
    data: ActivityHeldBody | None,
    now: datetime,
    if_match: str | None,
) -> Activity:
    """A planned activity took place: held, once it is over (its ends_on no later than today)."""
    p, activity = await _for_change(session, identity, pairing_id, activity_id, "hold", if_match)
    problem = domain.held_problem(activity.ends_on, now.date())
    if problem:
        raise Problem(422, problem, errors=[{"rule": "held_in_future", "detail": problem}])
    for name, value in (data.model_dump(exclude_unset=True) if data else {}).items():
        setattr(activity, name, value)
    activity.status, activity.updated_at = ActivityStatus.held.value, now
    await session.flush()
    await record_event(session, kit.outbox, ActivityHeld(**parties_of(p), activity=activity_summary(activity)), activity.id)
    return activity


async def cancel_activity(
    session: AsyncSession, identity: Identity, pairing_id: str, activity_id: str, reason: str, now: datetime, if_match: str | None
) -> Activity:
    """A planned activity will not take place."""
    p, activity = await _for_change(session, identity, pairing_id, activity_id, "cancel", if_match)
    activity.status, activity.cancel_reason, activity.updated_at = ActivityStatus.cancelled.value, reason, now
    await session.flush()
    event = ActivityCancelled(**parties_of(p), activity=activity_summary(activity), reason=reason, cancelled_at=now)
    await record_event(session, kit.outbox, event, activity.id)
    return activity


async def list_activities(session: AsyncSession, identity: Identity, pairing_id: str, page: PageParams) -> dict:
    """A page of the pairing's cooperation activities, by start date."""
    repository.ACTIVITIES.check(page)  # a bad token is 400 whatever the pairing
    await get_pairing_for(session, identity, pairing_id)
    return await repository.list_activities(session, pairing_id, page)
