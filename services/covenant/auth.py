"""Who may do what in the covenant service: typed dependencies and covenant checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from shared.identity import Identity, Role, require_scopes
from shared.problems import Problem

CovenantRead = Annotated[Identity, Depends(require_scopes("covenant:read"))]
CovenantWrite = Annotated[Identity, Depends(require_scopes("covenant:write"))]


def ensure_admin(identity: Identity, what: str) -> None:
    """Only the coordination unit may do `what`."""
    if not identity.is_admin:
        raise Problem(403, f"Only the coordination unit (an admin key) may {what}.")


def covenant_refusal(identity: Identity, *covenants: str | None) -> str | None:
    """Why this identity may not write a signatory of these covenants (None if it may).

    An admin writes every signatory; a covenant office only those of its own regional
    covenant, before and after the change (it cannot move a signatory to another).
    """
    if identity.is_admin:
        return None
    if identity.role != Role.covenant_office or not identity.regional_covenant:
        return "Only the coordination unit and regional Covenant offices write signatories."
    for covenant in covenants:
        if covenant is not None and covenant != identity.regional_covenant:
            return f"This key writes for the {identity.regional_covenant} covenant; the signatory belongs to {covenant}."
    return None


def ensure_may_write(identity: Identity, *covenants: str | None) -> None:
    """403 unless the identity may write signatories of these covenants."""
    reason = covenant_refusal(identity, *covenants)
    if reason:
        raise Problem(403, reason)
