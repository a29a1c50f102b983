"""Who may do what in the action-plans service: typed dependencies and ownership checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from services.action_plans.models import Plan
from shared.identity import Identity, Role, require_scopes
from shared.problems import Problem

PlansRead = Annotated[Identity, Depends(require_scopes("action_plans:read"))]
PlansWrite = Annotated[Identity, Depends(require_scopes("action_plans:write"))]


def ensure_admin(identity: Identity, what: str) -> None:
    """Only the coordination unit may do `what`."""
    if not identity.is_admin:
        raise Problem(403, f"Only the coordination unit (an admin key) may {what}.")


def edit_refusal(identity: Identity, plan: Plan) -> str | None:
    """Why this identity may not edit the plan (None if it may).

    An admin edits every plan; a city key only its own city's plans; a covenant office the
    SECAPs of signatories of its own regional covenant.
    """
    if identity.is_admin:
        return None
    if identity.role == Role.city and identity.city_id and plan.city_id == identity.city_id:
        return None
    if (
        identity.role == Role.covenant_office
        and identity.regional_covenant
        and plan.kind == "secap"
        and plan.regional_covenant == identity.regional_covenant
    ):
        return None
    return "This key may not edit this plan: a city edits only its own plans, a covenant office its covenant's SECAPs."


def ensure_may_edit(identity: Identity, plan: Plan) -> None:
    """403 unless the identity may edit the plan."""
    reason = edit_refusal(identity, plan)
    if reason:
        raise Problem(403, reason)
