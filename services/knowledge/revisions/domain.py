"""The rules of a practice's revisions: plain Python, no web framework, no database.

A published practice is corrected through a revision: a copy of its content that its authors
change and send to review while the published text stays as it is. When the coordination unit
publishes the revision, its content replaces the practice's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class RevisionState(StrEnum):
    """Where a revision stands in its review."""

    draft = "draft"
    pending = "pending"
    published = "published"
    withdrawn = "withdrawn"


class RevisionVerb(StrEnum):
    """What can be done to a revision."""

    submit = "submit"
    send_back = "send_back"
    publish = "publish"
    withdraw = "withdraw"


# The same review steps as a new practice, and a way out while it is open.
REVISION_TRANSITIONS: dict[tuple[RevisionState, RevisionVerb], RevisionState] = {
    (RevisionState.draft, RevisionVerb.submit): RevisionState.pending,
    (RevisionState.pending, RevisionVerb.send_back): RevisionState.draft,
    (RevisionState.pending, RevisionVerb.publish): RevisionState.published,
    (RevisionState.draft, RevisionVerb.withdraw): RevisionState.withdrawn,
    (RevisionState.pending, RevisionVerb.withdraw): RevisionState.withdrawn,
}

# The editorial decisions belong to the coordination unit, as for a new practice.
REVISION_ADMIN_ONLY = frozenset({RevisionVerb.send_back, RevisionVerb.publish})

# A practice has at most one revision in these states.
OPEN_REVISION_STATES = frozenset({RevisionState.draft, RevisionState.pending})

# The states in which the authors may still change the revised text.
REVISION_EDITABLE = frozenset({RevisionState.draft})

# The content of a practice a revision may change, in the order a diff lists them. Its kind and
# its provenance (the action or pairing it comes from) are what it is, not what it says.
REVISABLE: tuple[str, ...] = (
    "title",
    "language",
    "summary",
    "challenge",
    "objectives",
    "solution",
    "results",
    "transferability",
    "lessons_learnt",
    "themes",
    "sdgs",
    "sectors",
    "locations",
    "year",
    "period_start",
    "period_end",
    "budget_amount",
    "budget_currency",
)

# The names of the rules a refused revision breaks.
RULE_TRANSITION = "revision_transition"
RULE_ONE_OPEN = "one_open_revision"
RULE_PRACTICE_PUBLISHED = "practice_published"
RULE_CHANGES_PRESENT = "changes_present"
RULE_NO_NEW_CITY = "revision_adds_no_city"


class RevisionNotAllowed(Exception):
    """The verb does not apply to the revision's current state."""

    rule = RULE_TRANSITION

    def __init__(self, state: RevisionState, verb: RevisionVerb) -> None:
        allowed = sorted(v.value for (s, v) in REVISION_TRANSITIONS if s == state)
        super().__init__(
            f"A revision that is {state.value} does not allow '{verb.value}'"
            + (f"; possible now: {', '.join(allowed)}." if allowed else "; its state is final.")
        )
        self.state = state
        self.verb = verb


def next_revision_state(state: RevisionState, verb: RevisionVerb) -> RevisionState:
    """The state after `verb`, or RevisionNotAllowed."""
    try:
        return REVISION_TRANSITIONS[(state, verb)]
    except KeyError:
        raise RevisionNotAllowed(state, verb) from None


def is_open(state: RevisionState) -> bool:
    """True while the revision is drafted or reviewed (it blocks another one)."""
    return state in OPEN_REVISION_STATES


@dataclass(frozen=True)
class FieldChange:
    """One field a revision changes: its published value and its revised one."""

    field: str
    published: Any
    revised: Any

    def as_dict(self) -> dict[str, Any]:
        """The stored and wire form."""
        return {"field": self.field, "published": self.published, "revised": self.revised}


def revision_diff(published: Mapping[str, Any], revised: Mapping[str, Any]) -> list[FieldChange]:
    """The revisable fields whose revised value differs from the published one, in REVISABLE order.

    Both sides are in their JSON form (dates as ISO strings, lists sorted as the practice files them),
    so equal content compares equal whatever its Python type was."""
    return [FieldChange(f, published.get(f), revised.get(f)) for f in REVISABLE if published.get(f) != revised.get(f)]


def changed_fields(published: Mapping[str, Any], revised: Mapping[str, Any]) -> list[str]:
    """The names of the fields a revision changes."""
    return [c.field for c in revision_diff(published, revised)]


def with_changes(content: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The content with `changes` applied; fields that are not revisable are refused (ValueError)."""
    unknown = sorted(set(changes) - set(REVISABLE))
    if unknown:
        raise ValueError(f"Not revisable: {', '.join(unknown)}")
    return {**{f: content.get(f) for f in REVISABLE}, **changes}
