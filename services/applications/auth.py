"""Who may do what in the applications service: typed dependencies and ownership checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from services.applications.domain import is_applicant as is_applicant_city
from services.applications.models import Application
from shared.identity import Identity, Role, require_scopes
from shared.invitations import Actor, NotAllowed
from shared.problems import Problem

CitiesRead = Annotated[Identity, Depends(require_scopes("cities:read"))]
CitiesWrite = Annotated[Identity, Depends(require_scopes("cities:write"))]
CallsRead = Annotated[Identity, Depends(require_scopes("calls:read"))]
CallsWrite = Annotated[Identity, Depends(require_scopes("calls:write"))]
ApplicationsRead = Annotated[Identity, Depends(require_scopes("applications:read"))]
ApplicationsWrite = Annotated[Identity, Depends(require_scopes("applications:write"))]
ReviewsWrite = Annotated[Identity, Depends(require_scopes("reviews:write"))]
ApplicationsDecide = Annotated[Identity, Depends(require_scopes("applications:decide"))]


def ensure_admin(identity: Identity, what: str) -> None:
    """Only the coordination unit may do `what`."""
    if not identity.is_admin:
        raise Problem(403, f"Only the coordination unit (an admin key) may {what}.")


def ensure_acts_for_city(identity: Identity, city_id: str) -> None:
    """A city key acts only for its own city."""
    if not identity.acts_for_city(city_id):
        raise Problem(403, "This key acts for another city.")


def is_applicant(identity: Identity, application: Application) -> bool:
    """A city key of the lead city or a group member: it sees its reviews only as the call's policy says."""
    return is_applicant_city(
        identity.role == Role.city, identity.city_id, application.city_id, list(application.member_city_ids or [])
    )


def is_invited(identity: Identity, application: Application) -> bool:
    """A city key whose city has an open invitation to join the group (it reads what it is asked to join)."""
    return identity.role == Role.city and any(i.city_id == identity.city_id for i in application.pending_invitations)


def ensure_may_read(identity: Identity, application: Application) -> None:
    """Dashboards and admins read every application; a reviewer those it is assigned (every one of a call
    without a panel); a city its own, one it is a member of, and one it is invited to join."""
    if identity.role == Role.city and not (is_applicant(identity, application) or is_invited(identity, application)):
        raise Problem(403, "This application belongs to another city.")
    if identity.role == Role.reviewer:
        ensure_assigned(identity, application)


def ensure_assigned(identity: Identity, application: Application) -> None:
    """In a call with a review panel only the reviewers assigned to an application see and review it; one who
    declared a conflict of interest with it never does."""
    if any(c.reviewer == identity.subject for c in application.conflicts):
        raise Problem(
            403,
            "This reviewer declared a conflict of interest with the application and does not review it.",
            errors=[{"rule": "conflict_of_interest", "detail": "declared a conflict of interest"}],
        )
    if application.call.reviewers and not any(a.reviewer == identity.subject for a in application.assignments):
        raise Problem(
            403,
            "This reviewer is not assigned to the application; the coordination unit assigns the call's reviewers.",
            errors=[{"rule": "assigned_reviewer", "detail": "not assigned to this application"}],
        )


def consent_actor(identity: Identity) -> Actor:
    """The identity as the consent rules see it: an admin, or a key bound to one city."""
    return Actor(is_admin=identity.is_admin, city_id=identity.city_id if identity.role == Role.city else None)


def consent_rule(exc: NotAllowed) -> Problem:
    """A broken consent rule as the 403 it is."""
    return Problem(403, str(exc))


def ensure_reviewer(identity: Identity) -> None:
    """Reviews come from reviewers and the coordination unit."""
    if identity.role not in (Role.reviewer, Role.admin):
        raise Problem(403, "Only reviewers and the coordination unit review applications.")


def own_city_only(identity: Identity, city_id: str | None) -> str | None:
    """The city a list is narrowed to: a city key sees only its own city's."""
    if identity.role != Role.city:
        return city_id
    if city_id and city_id != identity.city_id:
        raise Problem(403, "This key acts for another city.")
    return identity.city_id
