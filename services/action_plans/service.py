"""Use cases of plans: drafts opened from events, reads, edits and the review cycle.
Each runs inside the caller's transaction and writes its events to the outbox in it.
(A plan's content is in actions/, its progress reports in reports/.)"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.action_plans import repository
from services.action_plans.auth import ensure_admin, ensure_may_edit
from services.action_plans.domain import (
    ADMIN_STEPS,
    CONTENT_EDITABLE,
    PlanKind,
    PlanState,
    PlanStep,
    TransitionNotAllowed,
    local_plan_period,
    next_plan_state,
)
from services.action_plans.models import Plan, PlanTransition, kit
from services.action_plans.schemas import PlanUpdate
from services.action_plans.status import plan_ref
from shared.concurrency import check_if_match, touch
from shared.contracts.action_plans import (
    PlanApproved,
    PlanCompleted,
    PlanImplementationStarted,
    PlanReturned,
    PlanSubmitted,
)
from shared.contracts.covenant import CommitmentMade
from shared.contracts.pairing import PairingConfirmed
from shared.identity import Identity
from shared.ids import new_id
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import get_or_404

SYSTEM = "system"

# A SECAP runs to the target year of the Covenant generation it answers.
GENERATION_TARGET_YEAR = {"CoM2020": 2020, "CoM2030": 2030, "CoM2050": 2050}


def _transition(plan: Plan, to: PlanState, actor: str, role: str, at: datetime, comment: str | None = None) -> None:
    from_state = plan.state if plan.history else None
    plan.history.append(
        PlanTransition(from_state=from_state, to_state=to.value, actor=actor, actor_role=role, comment=comment, at=at)
    )
    plan.state = to.value


# --- drafts opened by events ------------------------------------------------------------


async def open_local_plans(session: AsyncSession, event: PairingConfirmed, now: datetime, months: int) -> list[Plan]:
    """A draft local action plan for each city of a confirmed pairing, naming its partner.

    Regions (Component III) get none: their cooperation is tracked by the value-chains service.
    A redelivered or replayed confirmation finds the plans already there.
    """
    made = []
    start, end = local_plan_period(event.confirmed_at.date(), event.earliest_completion_on, months)
    for party, partner in ((event.party_a, event.party_b), (event.party_b, event.party_a)):
        if party.kind != "city" or await repository.plan_of_pairing(session, event.pairing_id, party.id):
            continue
        plan = Plan(
            kind=PlanKind.local_action_plan.value,
            title=f"Local action plan of {party.name} with {partner.name}",
            city_id=party.id,
            city_name=party.name,
            country_code=party.country_code,
            pairing_id=event.pairing_id,
            partner={"kind": partner.kind, "id": partner.id, "name": partner.name, "country_code": partner.country_code},
            period_start=start,
            period_end=end,
            history=[],
            created_at=now,
            updated_at=now,
        )
        _transition(plan, PlanState.draft, SYSTEM, "pairing.confirmed", now)
        session.add(plan)
        made.append(plan)
    await session.flush()
    return made


async def open_secaps(session: AsyncSession, events: list[CommitmentMade], now: datetime) -> dict[str, str]:
    """Each signatory's one draft SECAP; a later commitment adds its pillar to the same plan.
    Returns the plan id of each signatory named.

    A batch of commitments (an import sends thousands) reads its signatories' plans with one
    query and writes the new ones with one statement per table."""
    plans = await repository.secaps_of_signatories(session, sorted({e.signatory_id for e in events}))
    new: dict[str, dict] = {}  # signatory id -> the row of its new plan
    for event in events:
        pillar = event.commitment.pillar
        if (row := new.get(event.signatory_id)) is not None:
            row["pillars"] = sorted({*row["pillars"], pillar})
            continue
        plan = plans.get(event.signatory_id)
        if plan is not None:
            if pillar not in plan.pillars:
                plan.pillars = sorted({*plan.pillars, pillar})
                plan.updated_at = now
            continue
        start = event.commitment.committed_on
        target = GENERATION_TARGET_YEAR.get(event.commitment.generation)
        new[event.signatory_id] = {
            "id": new_id(),
            "kind": PlanKind.secap.value,
            "title": f"Sustainable Energy and Climate Action Plan of {event.signatory_name}",
            "description": "",
            "city_name": event.signatory_name,
            "country_code": event.country_code,
            "signatory_id": event.signatory_id,
            "gcom_id": event.gcom_id,
            "regional_covenant": event.regional_covenant,
            "pillars": [pillar],
            "period_start": start,
            "period_end": date(target, 12, 31) if target and target >= start.year else None,
            "state": PlanState.draft.value,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
    opened = [
        {
            "plan_id": row["id"],
            "from_state": None,
            "to_state": PlanState.draft.value,
            "actor": SYSTEM,
            "actor_role": "commitment.made",
            "comment": None,
            "at": now,
        }
        for row in new.values()
    ]
    await repository.insert_plans(session, list(new.values()), opened)
    return {sid: p.id for sid, p in plans.items()} | {sid: row["id"] for sid, row in new.items()}


async def open_secap(session: AsyncSession, event: CommitmentMade, now: datetime) -> Plan:
    """The signatory's one draft SECAP (see open_secaps)."""
    ids = await open_secaps(session, [event], now)
    return await get_plan(session, ids[event.signatory_id])


# --- plans ------------------------------------------------------------------------------


async def get_plan(session: AsyncSession, plan_id: str, *, for_update: bool = False) -> Plan:
    """The plan, or 404 (row-locked on PostgreSQL when for_update)."""
    return await get_or_404(session, Plan, plan_id, what="action plan", for_update=for_update)


async def plan_for_change(session: AsyncSession, plan_id: str, if_match: str | None) -> Plan:
    """The plan, locked, if the caller's If-Match names its current version (else 412)."""
    plan = await get_plan(session, plan_id, for_update=True)
    check_if_match(if_match, plan.version)
    return plan


async def list_plans(
    session: AsyncSession,
    page: PageParams,
    *,
    kind: PlanKind | None = None,
    state: PlanState | None = None,
    city_id: str | None = None,
    pairing_id: str | None = None,
    signatory_id: str | None = None,
    regional_covenant: str | None = None,
) -> dict:
    """A page of plans, oldest first, filtered by kind, state, city, pairing, signatory or covenant."""
    filters = repository.PlanFilters(
        kind=kind.value if kind else None,
        state=state.value if state else None,
        city_id=city_id,
        pairing_id=pairing_id,
        signatory_id=signatory_id,
        regional_covenant=regional_covenant,
    )
    return await repository.list_plans(session, page, filters)


async def stats(session: AsyncSession) -> dict[str, dict[str, int]]:
    """Counts for dashboards: plans by state and kind, actions by status and theme."""
    return await repository.stats(session)


def ensure_valid(detail: str, errors: list[dict]) -> None:
    """422 listing every broken rule, unless there is none."""
    if errors:
        raise Problem(422, detail, errors=errors)


def ensure_state(plan: Plan, allowed: frozenset[PlanState], what: str) -> None:
    """409 unless the plan is in one of the `allowed` states."""
    if PlanState(plan.state) not in allowed:
        raise Problem(
            409,
            f"The plan is {plan.state}: {what} only while it is {', '.join(sorted(s.value for s in allowed))}.",
            errors=[{"rule": "plan_state", "detail": f"plan state is {plan.state}"}],
        )


async def update_plan(
    session: AsyncSession, identity: Identity, plan_id: str, data: PlanUpdate, now: datetime, if_match: str | None = None
) -> Plan:
    """Change a plan's title, description or period (If-Match guards against lost updates)."""
    plan = await plan_for_change(session, plan_id, if_match)
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "its content changes")
    start = data.period_start or plan.period_start
    end = data.period_end if "period_end" in data.model_fields_set else plan.period_end
    if end is not None and end < start:
        raise Problem(
            422,
            "The plan's period ends before it starts.",
            errors=[{"rule": "period_ordered", "pointer": "/period_end", "detail": f"period_end {end} is before {start}"}],
        )
    for name in ("title", "description"):
        if getattr(data, name) is not None:
            setattr(plan, name, getattr(data, name))
    plan.period_start, plan.period_end = start, end
    plan.updated_at = now
    touch(plan)  # a new version even when every field was given its old value
    await session.flush()
    return plan


def submission_problems(plan: Plan, action_count: int) -> list[dict]:
    """What a plan lacks before it can be submitted."""
    errors = []
    if action_count == 0:
        errors.append({"rule": "has_actions", "detail": "a plan needs at least one action before it is submitted"})
    if plan.period_end is None:
        errors.append({"rule": "period_set", "pointer": "/period_end", "detail": "set the end of the plan's period"})
    return errors


async def step_plan(
    session: AsyncSession,
    identity: Identity,
    plan_id: str,
    step: PlanStep,
    now: datetime,
    comments: str | None = None,
    if_match: str | None = None,
) -> Plan:
    """Move a plan through its review cycle; only an admin approves or returns."""
    plan = await plan_for_change(session, plan_id, if_match)
    if step in ADMIN_STEPS:
        ensure_admin(identity, f"{step.value} plans")
    else:
        ensure_may_edit(identity, plan)
    try:
        to = next_plan_state(PlanState(plan.state), step)
    except TransitionNotAllowed as exc:
        raise Problem(409, str(exc), errors=[{"rule": "plan_transition", "detail": str(exc)}]) from exc
    if step == PlanStep.submit:
        errors = submission_problems(plan, len(await repository.plan_actions(session, plan.id)))
        if errors:
            raise Problem(422, "The plan cannot be submitted yet.", errors=errors)
    _transition(plan, to, identity.subject, identity.role.value, now, comments)
    plan.updated_at = now
    if step == PlanStep.submit:
        plan.submitted_at = now
        event = PlanSubmitted(plan=plan_ref(plan), title=plan.title, submitted_at=now)
    elif step == PlanStep.approve:
        plan.approved_at = now
        event = PlanApproved(
            plan_id=plan.id,
            kind=plan.kind,
            city_id=plan.city_id,
            signatory_id=plan.signatory_id,
            gcom_id=plan.gcom_id,
            pairing_id=plan.pairing_id,
            pillars=list(plan.pillars),
            title=plan.title,
            approved_at=now,
        )
    elif step == PlanStep.return_:
        plan.review_comments = comments
        event = PlanReturned(plan=plan_ref(plan), title=plan.title, comments=comments or "", returned_at=now)
    elif step == PlanStep.start_implementation:
        event = PlanImplementationStarted(plan=plan_ref(plan), title=plan.title, started_at=now)
    else:  # PlanStep.complete
        event = PlanCompleted(plan=plan_ref(plan), title=plan.title, completed_at=now)
    await session.flush()
    await record_event(session, kit.outbox, event, plan.id)
    return plan
