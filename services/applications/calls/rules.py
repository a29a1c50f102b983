"""The rules of changing a call (issue 17): plain Python, no web framework, no database. Its terms change only
until it opens; its dates keep their order, as when it is opened; an open call may be closed early, once."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

# The fields of a call that change only until it opens (review visibility and panel keep their own rules).
TERMS = (
    "title",
    "description",
    "opens_on",
    "closes_on",
    "eligible_regions",
    "population_threshold",
    "min_cooperation_months",
    "themes",
)


class Window(StrEnum):
    """Where a call stands on a day."""

    upcoming = "upcoming"  # before opens_on: its terms still change
    open = "open"
    closed = "closed"  # after closes_on, or closed early


def window(opens_on: date, closes_on: date, closed_early: bool, today: date) -> Window:
    """Where the call stands on `today`; closed early, it is closed from that moment on (closes_on is that day)."""
    if closed_early or today > closes_on:
        return Window.closed
    return Window.upcoming if today < opens_on else Window.open


def terms_problems(fields: list[str], opens_on: date, today: date) -> list[dict]:
    """Every term the edit would change on a call that has opened (409 `call_open`), as problem `errors[]`."""
    if today < opens_on:
        return []
    detail = f"the call opened on {opens_on.isoformat()}; only closing it early is possible"
    return [{"rule": "call_open", "pointer": f"/{name}", "detail": detail} for name in fields if name in TERMS]


def date_problems(opens_on: date, closes_on: date) -> list[dict]:
    """The dates as they would stand after the edit: closes_on not before opens_on (the rule of a new call)."""
    if closes_on >= opens_on:
        return []
    detail = f"closes_on ({closes_on.isoformat()}) is before opens_on ({opens_on.isoformat()})"
    return [{"rule": "date_order", "code": "date_order", "pointer": "/closes_on", "detail": detail}]


def close_problems(state: Window, opens_on: date) -> list[dict]:
    """Why a call cannot be closed early now (409): it has not opened (its dates are edited instead), or it is
    closed already."""
    if state == Window.upcoming:
        detail = f"the call opens on {opens_on.isoformat()}: change its dates instead"
        return [{"rule": "call_not_open", "detail": detail}]
    if state == Window.closed:
        return [{"rule": "call_closed", "detail": "the call is closed already"}]
    return []
