"""Consent to be named: a city joins another city's record (a practice's locations, a group
application's members) only by accepting an invitation, and leaves it on its own.

The rules are plain code, the same for every service that lets one city name another
(knowledge practices, group applications); each keeps its invitations in its own table with
`InvitationColumns`. See docs/decisions/0019-consent-and-review-visibility.md.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from shared.ids import new_id


class InvitationState(StrEnum):
    pending = "pending"
    accepted = "accepted"
    declined = "declined"
    withdrawn = "withdrawn"


class InvitationVerb(StrEnum):
    accept = "accept"
    decline = "decline"
    withdraw = "withdraw"


INVITATION_TRANSITIONS: dict[tuple[InvitationState, InvitationVerb], InvitationState] = {
    (InvitationState.pending, InvitationVerb.accept): InvitationState.accepted,
    (InvitationState.pending, InvitationVerb.decline): InvitationState.declined,
    (InvitationState.pending, InvitationVerb.withdraw): InvitationState.withdrawn,
}


class InvitationClosed(Exception):
    """The invitation was already answered or withdrawn: its state is final."""

    def __init__(self, state: InvitationState, verb: InvitationVerb) -> None:
        super().__init__(f"An invitation that is {state.value} cannot be {verb.value}ed; only a pending one can.")
        self.state = state


class NotAllowed(Exception):
    """The caller may not do this (403); the message says who may."""


@dataclass(frozen=True)
class Actor:
    """Who acts, as the consent rules see it: an admin, or a key bound to one city (or neither)."""

    is_admin: bool
    city_id: str | None


def next_invitation_state(state: InvitationState, verb: InvitationVerb) -> InvitationState:
    """The state after `verb`, or InvitationClosed."""
    try:
        return INVITATION_TRANSITIONS[(state, verb)]
    except KeyError:
        raise InvitationClosed(state, verb) from None


def ensure_may_answer(actor: Actor, verb: InvitationVerb, *, invited_city_id: str, owner_city_id: str | None) -> None:
    """Accepting or declining is the invited city's alone (an admin cannot consent for it);
    withdrawing is the inviting owner's, or the coordination unit's."""
    if verb in (InvitationVerb.accept, InvitationVerb.decline):
        if actor.city_id != invited_city_id:
            raise NotAllowed(f"Only a key of the invited city may {verb.value} this invitation.")
        return
    if actor.is_admin or (owner_city_id is not None and actor.city_id == owner_city_id):
        return
    raise NotAllowed("Only the city that invited, or the coordination unit, withdraws an invitation.")


def ensure_may_invite(actor: Actor, *, owner_city_id: str | None) -> None:
    """The owner (lead) city invites; so does the coordination unit."""
    if actor.is_admin or (owner_city_id is not None and actor.city_id == owner_city_id):
        return
    raise NotAllowed("Only the owning (lead) city or the coordination unit invites other cities.")


@dataclass(frozen=True)
class MembershipChange:
    """What a wanted list of cities does to the current one, for one actor."""

    to_invite: frozenset[str]  # named but not yet members: invited, not added
    to_add: frozenset[str]  # added directly (the coordination unit acts for the programme)
    removed: frozenset[str]


def membership_change(actor: Actor, *, owner_city_id: str | None, current: Set[str], wanted: Set[str]) -> MembershipChange:
    """Apply the consent rules to a change of members: a city key's new cities are only invited;
    a member may remove itself (leave) but only the owner (or an admin) removes other cities, and
    nobody but an admin removes the owner. NotAllowed names the first broken rule."""
    added, removed = frozenset(wanted - current), frozenset(current - wanted)
    if owner_city_id is not None and owner_city_id in removed and not actor.is_admin:
        raise NotAllowed("The owning (lead) city cannot be removed; only the coordination unit may do that.")
    others = removed - {actor.city_id} if actor.city_id else removed
    if others and not actor.is_admin and actor.city_id != owner_city_id:
        raise NotAllowed("Only the owning (lead) city or the coordination unit removes other cities; a member may only leave.")
    if actor.is_admin:
        return MembershipChange(to_invite=frozenset(), to_add=added, removed=removed)
    return MembershipChange(to_invite=added, to_add=frozenset(), removed=removed)


def ensure_may_leave(actor: Actor, *, owner_city_id: str | None, members: Set[str]) -> str:
    """The city that leaves: the caller's own, a member that is not the owner."""
    if actor.city_id is None or actor.city_id not in members:
        raise NotAllowed("Only a key of a member city leaves, and only for its own city.")
    if actor.city_id == owner_city_id:
        raise NotAllowed("The owning (lead) city cannot leave its own record.")
    return actor.city_id


class InvitationColumns:
    """The columns every invitation table has (mix into a mapped class with a __tablename__ and
    the foreign key to what the city is invited to)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    city_id: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default=InvitationState.pending.value)
    invited_by: Mapped[str] = mapped_column(String(100), nullable=False)
    invited_by_city_id: Mapped[str | None] = mapped_column(String(40), index=True)
    answered_by: Mapped[str | None] = mapped_column(String(100))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
