"""Who may do what in the applications service: typed dependencies and ownership checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from services.applications.models import Application
from shared.identity import Identity, Role, require_scopes
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


def ensure_may_read(identity: Identity, application: Application) -> None:
    """Reviewers, dashboards and admins read every application; a city only its own."""
    if identity.role == Role.city and identity.city_id != application.city_id:
        raise Problem(403, "This application belongs to another city.")


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
