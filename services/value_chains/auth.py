"""Who may do what in the value_chains service: typed dependencies for its scopes, and the
checks that a partner writes only for the organisations its key is bound to (the rules are
in domain.py: `may_write`, `organisation_refusal`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from services.value_chains.domain import Refusal, coordination_unit_refusal, organisation_refusal, writer_refusal
from shared.identity import Identity, require_scopes
from shared.problems import Problem

ValueChainsRead = Annotated[Identity, Depends(require_scopes("value_chains:read"))]
_HasWriteScope = Annotated[Identity, Depends(require_scopes("value_chains:write"))]


def _refuse(refusal: Refusal | None) -> None:
    if refusal is not None:
        raise Problem(403, refusal.detail, errors=[refusal.as_error()], code=refusal.code)


async def _writer(identity: _HasWriteScope) -> Identity:
    """The scope, and a key that writes for some organisation: an unbound partner key only reads."""
    _refuse(writer_refusal(identity))
    return identity


ValueChainsWrite = Annotated[Identity, Depends(_writer)]


def ensure_acts_for(identity: Identity, *organisation_ids: str, pointer: str | None = None) -> None:
    """403 unless the key is an admin's or a partner's bound to one of these organisations."""
    _refuse(organisation_refusal(identity, *organisation_ids, pointer=pointer))


def ensure_coordination_unit(identity: Identity, what: str) -> None:
    """403 unless the key is the coordination unit's; `what` ends "Only the coordination unit ...": "registers organisations"."""
    _refuse(coordination_unit_refusal(identity, what))
