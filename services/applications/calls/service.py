"""Use cases of changing a call: its terms until it opens, its review policy and panel, and closing it early.
Each runs inside the caller's transaction and writes its events to the outbox in that same transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.applications import domain, repository
from services.applications.auth import ensure_admin
from services.applications.calls import rules
from services.applications.calls.schemas import CallUpdate
from services.applications.domain import ReviewVisibility
from services.applications.models import Call, kit
from services.applications.review import criteria as review
from shared.concurrency import check_if_match, touch
from shared.contracts.applications import CallClosed, CallUpdated
from shared.identity import Identity
from shared.outbox import record_event
from shared.problems import Problem

_DATES = ("opens_on", "closes_on")


def _terms(data: CallUpdate) -> dict[str, object]:
    """The terms the edit names, as the columns hold them (dates as dates, lists of plain strings)."""
    as_json = data.model_dump(mode="json")
    return {
        name: getattr(data, name) if name in _DATES else as_json[name] for name in rules.TERMS if getattr(data, name) is not None
    }


def _check_terms(call: Call, terms: dict[str, object], now: datetime) -> None:
    """409 when the call has opened; 422 for every rule of a new call the edited call would break."""
    if errors := rules.terms_problems(list(terms), call.opens_on, now.date()):
        raise Problem(
            409,
            f"The call opened on {call.opens_on.isoformat()}: its terms no longer change; it may be closed early "
            "(POST /v1/calls/{call_id}:close).",
            errors=errors,
        )
    errors = rules.date_problems(terms.get("opens_on", call.opens_on), terms.get("closes_on", call.closes_on))
    if errors:
        raise Problem(422, " ".join(e["detail"] for e in errors), errors=errors)


async def _set_visibility(session: AsyncSession, call: Call, wanted: ReviewVisibility) -> bool:
    """Stricter at any time, looser only before the first review (409 visibility_loosened); whether it changed."""
    if wanted == call.review_visibility:
        return False
    current = ReviewVisibility(call.review_visibility)
    reviewed = await repository.call_is_reviewed(session, call.id)
    if not domain.visibility_change_allowed(current, wanted, reviewed=reviewed):
        raise Problem(
            409,
            f"Applications of this call are already reviewed under review_visibility {current.value}; "
            "it may become stricter, not looser.",
            errors=[
                {
                    "pointer": "/review_visibility",
                    "detail": "looser than the reviews were written for",
                    "rule": "visibility_loosened",
                }
            ],
        )
    call.review_visibility = wanted.value
    return True


async def update_call(
    session: AsyncSession, identity: Identity, call_id: str, data: CallUpdate, if_match: str | None, now: datetime
) -> Call:
    """Change a call's terms (title, description, dates, regions, threshold, minimum cooperation, themes) and criteria
    until it opens; its review visibility (stricter at any time, looser only before the first review) and panel."""
    ensure_admin(identity, "change calls")
    terms = _terms(data)
    # A rule of the body alone, checked before the call is read: the programme's 18 months
    if "min_cooperation_months" in terms and (errors := domain.call_problems(terms["min_cooperation_months"])):
        raise Problem(422, " ".join(e["detail"] for e in errors), errors=errors)
    call = await repository.get_call_for_update(session, call_id)
    check_if_match(if_match, call.version)
    _check_terms(call, terms, now)
    changed = [name for name, value in terms.items() if getattr(call, name) != value]
    with session.no_autoflush:  # the checks' queries must not flush half the edit: one edit, one new version
        for name in changed:
            setattr(call, name, terms[name])
        if await review.set_up(session, call, now, criteria=data.criteria, reviewers=data.reviewers):
            touch(call)  # criteria and panel are child rows: the call's version moves with them
            changed += [name for name in ("criteria", "reviewers") if getattr(data, name) is not None]
        if data.review_visibility is not None and await _set_visibility(session, call, data.review_visibility):
            changed.append("review_visibility")
    await session.flush()
    if changed:
        event = CallUpdated(call_id=call.id, component=call.component, changed=changed, updated_at=now)
        await record_event(session, kit.outbox, event, call.id)
    return call


async def close_call(
    session: AsyncSession, identity: Identity, call_id: str, reason: str | None, if_match: str | None, now: datetime
) -> Call:
    """Close an open call early: closes_on becomes today and no application is submitted to it from now on;
    409 when it has not opened (call_not_open) or is closed already (call_closed)."""
    ensure_admin(identity, "close calls")
    call = await repository.get_call_for_update(session, call_id)
    check_if_match(if_match, call.version)
    state = rules.window(call.opens_on, call.closes_on, call.closed_at is not None, now.date())
    if errors := rules.close_problems(state, call.opens_on):
        raise Problem(409, f"Only an open call is closed early; this one is {state.value}.", errors=errors)
    call.closes_on, call.closed_at, call.close_reason = now.date(), now, reason
    await session.flush()
    event = CallClosed(call_id=call.id, component=call.component, closes_on=call.closes_on, reason=reason, closed_at=now)
    await record_event(session, kit.outbox, event, call.id)
    return call
