"""Who may read which figures: the `insights:read` scope, and a covenant office's own covenant only."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from services.insights.metrics import Metric
from shared.identity import Identity, Role, require_scopes
from shared.problems import Problem

# The roles the dashboards serve; another role's key never reads the read model, whatever its scopes.
READERS = frozenset({Role.admin, Role.dashboard, Role.covenant_office})


async def _reader(identity: Annotated[Identity, Depends(require_scopes("insights:read"))]) -> Identity:
    if identity.role not in READERS:
        raise Problem(403, "The insights are read by dashboard, covenant office and admin keys only.")
    if identity.role == Role.covenant_office and not identity.regional_covenant:
        raise Problem(403, "This covenant office key is bound to no regional covenant.")
    return identity


InsightsRead = Annotated[Identity, Depends(_reader)]


def covenant_of(identity: Identity) -> str | None:
    """The regional covenant a caller is confined to (a covenant office's), or None for all."""
    return identity.regional_covenant if identity.role == Role.covenant_office else None


def may_read(identity: Identity, metric: Metric) -> bool:
    """A covenant office reads covenant figures only; the others read every figure."""
    return covenant_of(identity) is None or metric.covenant


def ensure_may_read(identity: Identity, metric: Metric, regional_covenant: str | None) -> str | None:
    """The regional_covenant filter to apply for this caller; 403 for a figure it may not read."""
    own = covenant_of(identity)
    if own is None:
        return regional_covenant
    if not metric.covenant:
        raise Problem(403, f"A covenant office key reads covenant figures only, not {metric.name}.")
    if regional_covenant not in (None, own):
        raise Problem(403, f"This key reads the figures of regional covenant {own} only.")
    return own
