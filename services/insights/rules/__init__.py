"""What each event changes in the read model: pure functions `(day, payload, known) -> changes`.

A flow is a +1 on the day something happened; a stock moves with -1 on its old bucket and +1 on
its new one, so each rule keeps in `known` what it needs of the entity to find the old bucket.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from services.insights.domain import Change, Key, Known, change
from shared.events import EventPayload

Rule = Callable[[date, Any, Known], list[Change]]
Refs = Callable[[Any], list[Key]]

RULES: dict[type[EventPayload], tuple[Refs, Rule]] = {}


def rule(contract: type[EventPayload], refs: Refs = lambda p: []) -> Callable[[Rule], Rule]:
    """Register the rule of a contract and the tracked entities it reads."""

    def register(fn: Rule) -> Rule:
        RULES[contract] = (refs, fn)
        return fn

    return register


def refs_of(payload: EventPayload) -> list[Key]:
    """The tracked entities the rule of this payload reads."""
    found = RULES.get(type(payload))
    return found[0](payload) if found else []


def apply(day: date, event_type: str, payload: EventPayload, known: Known) -> list[Change]:
    """Every change one event makes; an event without a rule of its own is only counted."""
    changes = [change("events.received", day, {"type": event_type.removeprefix("iuc.").removesuffix(".v1")})]
    found = RULES.get(type(payload))
    if found is not None:
        changes += found[1](day, payload, known)
    return changes


# Importing the families registers their rules (they import `rule` from here, defined above).
from services.insights.rules import action_plans, applications, covenant, knowledge, pairing, value_chains  # noqa: E402, F401
