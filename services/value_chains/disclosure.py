"""Who reads whom: opportunities stay anonymous, as in the EEN partnering-opportunity database.
Plain Python.

The coordination unit (admin) and the programme's dashboard read everything. A partner reads its
own organisations' opportunities in every state, and other organisations' only while open (published
and not expired); the organisation behind them stays hidden (`organisation_id` null) until it says
yes to the partner: once both organisations of a match between them have expressed interest (the one
accepts the other's expression of interest), each sees the other, for good. A partner reads only the
matches of its own organisations (as the match.proposed event reaches only them), with the
counterpart of an opportunity match hidden until then; a value-chain gap match names a chain's lead
and a registered organisation, which are public anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.value_chains.domain import MatchKind, OpportunityStatus
from shared.identity import Role

if TYPE_CHECKING:
    from shared.identity import Identity


@dataclass(frozen=True)
class Reader:
    """Who reads, as the disclosure rules see it."""

    sees_all: bool
    organisation_ids: frozenset[str] = frozenset()
    disclosed: frozenset[str] = frozenset()  # organisations that said yes to one of the reader's

    def sees(self, organisation_id: str) -> bool:
        """True if the reader may know this organisation is behind an opportunity or a match."""
        return self.sees_all or organisation_id in self.organisation_ids or organisation_id in self.disclosed


def reader_of(identity: Identity, disclosed: Iterable[str] = ()) -> Reader:
    """The reader a key is: admin and dashboard keys see all, a partner its organisations and those disclosed to it."""
    if identity.is_admin or identity.role == Role.dashboard:
        return Reader(sees_all=True)
    own = frozenset(identity.organisation_ids) if identity.role == Role.partner else frozenset()
    return Reader(sees_all=False, organisation_ids=own, disclosed=frozenset(disclosed) - own)


def disclosed_by(mutual_pairs: Iterable[tuple[str, str]], own: Iterable[str]) -> frozenset[str]:
    """The organisations disclosed to `own`: the other party of each match where both expressed interest."""
    mine = set(own)
    out = set()
    for first, second in mutual_pairs:
        if first in mine:
            out.add(second)
        if second in mine:
            out.add(first)
    return frozenset(out - mine)


def may_read_opportunity(reader: Reader, organisation_id: str, status_today: str) -> bool:
    """Others read an opportunity only while it is open; its own partner and the coordination unit always."""
    return reader.sees_all or organisation_id in reader.organisation_ids or status_today == OpportunityStatus.open


def may_read_match(reader: Reader, organisation_ids: Iterable[str]) -> bool:
    """A match is read by its parties' partners (and the coordination unit and dashboard)."""
    return reader.sees_all or any(o in reader.organisation_ids for o in organisation_ids)


def shown(reader: Reader, organisation_id: str, kind: str = MatchKind.opportunity) -> str | None:
    """The organisation id as the reader reads it: None while it is hidden from the reader."""
    if kind != MatchKind.opportunity or reader.sees(organisation_id):
        return organisation_id
    return None
