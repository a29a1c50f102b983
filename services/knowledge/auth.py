"""Who may do what in the knowledge service: typed dependencies and authorship checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from services.knowledge.domain import Facet
from services.knowledge.models import Practice, Resource
from shared.identity import Identity, Role, require_scopes
from shared.invitations import Actor, NotAllowed
from shared.problems import Problem

KnowledgeRead = Annotated[Identity, Depends(require_scopes("knowledge:read"))]
KnowledgeWrite = Annotated[Identity, Depends(require_scopes("knowledge:write"))]


def ensure_admin(identity: Identity, what: str) -> None:
    """Only the coordination unit may do `what`."""
    if not identity.is_admin:
        raise Problem(403, f"Only the coordination unit (an admin key) may {what}.")


def practice_cities(practice: Practice) -> set[str]:
    """The IUC cities a practice belongs to (its locations' city ids)."""
    return {t.value for t in practice.tags if t.facet == Facet.city.value}


def is_author(identity: Identity, practice: Practice) -> bool:
    """Admins, the key that wrote it, and a city key of one of its cities count as authors."""
    if identity.is_admin or practice.created_by == identity.subject:
        return True
    return identity.role == Role.city and identity.city_id is not None and identity.city_id in practice_cities(practice)


def is_invited(identity: Identity, practice: Practice) -> bool:
    """A city key whose city has an open invitation to the practice's locations (it reads what it is asked to join)."""
    return identity.role == Role.city and any(i.city_id == identity.city_id for i in practice.pending_invitations)


def consent_actor(identity: Identity) -> Actor:
    """The identity as the consent rules see it: an admin, or a key bound to one city."""
    return Actor(is_admin=identity.is_admin, city_id=identity.city_id if identity.role == Role.city else None)


def consent_rule(exc: NotAllowed) -> Problem:
    """A broken consent rule as the 403 it is."""
    return Problem(403, str(exc))


def ensure_may_edit(identity: Identity, practice: Practice) -> None:
    """403 unless the identity is one of the practice's authors."""
    if not is_author(identity, practice):
        raise Problem(403, "This practice belongs to another city; only its authors and the coordination unit change it.")


def ensure_writes_for_cities(identity: Identity, city_ids: set[str]) -> None:
    """A city key writes practices of its own city only (one of the locations must be it)."""
    if identity.is_admin:
        return
    if identity.role != Role.city or not identity.city_id:
        raise Problem(403, "Only the coordination unit and city keys write practices.")
    if identity.city_id not in city_ids:
        raise Problem(
            403,
            "A city key writes practices of its own city: name it (city_id) in one of the locations.",
            errors=[{"pointer": "/locations", "detail": f"no location with city_id {identity.city_id}"}],
        )


def ensure_may_change_resource(identity: Identity, resource: Resource) -> None:
    """Admins change every resource; a city key only those its city added."""
    if identity.is_admin:
        return
    if identity.role == Role.city and identity.city_id and resource.owner_city_id == identity.city_id:
        return
    raise Problem(403, "Only the coordination unit and the city that added a resource change it.")
