"""Use cases of the change feed: reading it (all of it, or one regional covenant's) and pruning its tombstones."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.feed import repository
from shared.identity import Identity, Role
from shared.problems import Problem


def feed_covenant(identity: Identity, regional_covenant: str | None) -> str | None:
    """The regional covenant a caller's feed is narrowed to: the one asked for, and for a covenant
    office its own by default; another's is refused (403). None: every covenant."""
    if identity.is_admin or identity.role != Role.covenant_office:
        return regional_covenant
    own = identity.regional_covenant
    if regional_covenant is not None and regional_covenant != own:
        raise Problem(
            403,
            f"This key reads the change feed of the {own} covenant, not of {regional_covenant}.",
            errors=[{"pointer": "/regional_covenant", "rule": "own_covenant", "detail": f"this key's covenant is {own}"}],
        )
    return own or regional_covenant


def _cursor_position(cursor: str) -> int:
    try:
        after = int(cursor)
        if after < 0:
            raise ValueError
    except ValueError as exc:
        raise Problem(400, "cursor is not a cursor this API issued.") from exc
    return after


async def signatory_changes(
    session: AsyncSession, identity: Identity, cursor: str, limit: int, regional_covenant: str | None = None
) -> dict:
    """What changed after the cursor, oldest first, deletions as tombstones (of one regional covenant: see
    `feed_covenant`); 400 for a cursor this API did not issue, 410 for one older than the feed keeps."""
    covenant = feed_covenant(identity, regional_covenant)
    after = _cursor_position(cursor)
    if after < await repository.feed_pruned_through(session):
        raise Problem(410, "The cursor is older than the change feed keeps; read the registry again and start from its cursor.")
    signatories = await repository.changed_signatories(session, after, limit + 1, covenant)
    tombstones = await repository.tombstones_after(session, after, limit + 1, covenant)
    changes: list[dict] = [
        {
            "seq": s.change_seq,
            "op": "upsert",
            "signatory_id": s.id,
            "gcom_id": s.gcom_id,
            "organisation_id": s.organisation_id,
            "signatory": s,
        }
        for s in signatories
    ] + [
        {
            "seq": t.change_seq,
            "op": "delete",
            "signatory_id": t.signatory_id,
            "gcom_id": t.gcom_id,
            "organisation_id": t.organisation_id,
            "signatory": None,
        }
        for t in tombstones
    ]
    changes.sort(key=lambda c: c["seq"])
    page = changes[:limit]
    return {"items": page, "next_cursor": str(page[-1]["seq"] if page else after), "has_more": len(changes) > limit}


async def prune_change_feed(session: AsyncSession, now: datetime, retention_days: int) -> int:
    """Drop the tombstones older than the feed keeps; how many."""
    return await repository.prune_tombstones(session, now - timedelta(days=retention_days))
