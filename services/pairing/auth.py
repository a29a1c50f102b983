"""Who may do what in the pairing service: typed dependencies and ownership checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from services.pairing.models import Pairing
from shared.identity import Identity, Role, require_scopes
from shared.problems import Problem

PairingsRead = Annotated[Identity, Depends(require_scopes("pairing:read"))]
PairingsWrite = Annotated[Identity, Depends(require_scopes("pairing:write"))]


def ensure_admin(identity: Identity, what: str) -> None:
    """Only the coordination unit may do `what`."""
    if not identity.is_admin:
        raise Problem(403, f"Only the coordination unit (an admin key) may {what}.")


def ensure_not_a_city(identity: Identity, what: str) -> None:
    """City keys do not read `what` (rounds, forbidden pairs): it concerns other cities."""
    if identity.role == Role.city:
        raise Problem(403, f"City keys do not read {what}; ask the coordination unit.")


def ensure_acts_for(identity: Identity, party_id: str | None) -> None:
    """A city key names no party but its own city."""
    if identity.role == Role.city and party_id and party_id != identity.city_id:
        raise Problem(403, "This key acts for another city.")


def ensure_party_of(identity: Identity, pairing: Pairing) -> None:
    """A city key sees and acts on its own city's pairings only."""
    if identity.role == Role.city and identity.city_id not in (pairing.party_a_id, pairing.party_b_id):
        raise Problem(403, "This pairing belongs to other cities.")


def acting_side(identity: Identity, pairing: Pairing, party_id: str | None) -> str:
    """The side ('a' or 'b') the caller acts for: a city key its own city, an admin the named party."""
    if identity.role == Role.city:
        ensure_acts_for(identity, party_id)
        party_id = identity.city_id
    elif not identity.is_admin:
        raise Problem(403, "Only the paired cities and the coordination unit act on a pairing.")
    if party_id is None:
        raise Problem(
            422,
            "Name the party you act for.",
            errors=[{"pointer": "/party_id", "detail": "required when an admin key acts for a party", "code": "party_required"}],
        )
    if party_id == pairing.party_a_id:
        return "a"
    if party_id == pairing.party_b_id:
        return "b"
    raise Problem(403, "This key acts for a party that is not in this pairing.")
