"""Who may do what in the webhooks service: typed scope dependencies and endpoint ownership."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from services.webhooks.models import Endpoint
from shared.identity import Identity, require_scopes
from shared.repository import NotFound

WebhooksRead = Annotated[Identity, Depends(require_scopes("webhooks:read"))]
WebhooksWrite = Annotated[Identity, Depends(require_scopes("webhooks:write"))]


def may_manage(identity: Identity, endpoint: Endpoint) -> bool:
    """The key that made an endpoint manages it; the coordination unit manages all."""
    return identity.is_admin or endpoint.owner_subject == identity.subject


def ensure_may_manage(identity: Identity, endpoint: Endpoint) -> None:
    """Another key's endpoint answers the 404 of a missing one: its existence is not told."""
    if not may_manage(identity, endpoint):
        raise NotFound("webhook endpoint", endpoint.id)


def owner_filter(identity: Identity, owner: str | None) -> str | None:
    """Whose endpoints a list shows: the caller's own, or for an admin everyone's (or `owner`'s)."""
    return owner if identity.is_admin else identity.subject
