"""Pruning removes only rows that have outlived their use."""

from datetime import timedelta

from sqlalchemy import func, select

from shared.db import utcnow
from shared.housekeeping import INBOX_KEEP, OUTBOX_KEEP, prune
from tests.integration.kit.kitsupport import kit


async def test_prune_keeps_fresh_and_unpublished_rows(db):
    old = utcnow() - timedelta(days=40)
    async with db.sessionmaker() as s, s.begin():
        base = {"nats_subject": "iuc.kittest.thing.happened", "type": "t", "source": "/s", "time": "t", "data": {}}
        await s.execute(
            kit.outbox.insert(),
            [
                base | {"event_id": "old-published", "created_at": old, "published_at": old},
                base | {"event_id": "old-unpublished", "created_at": old, "published_at": None},
                base | {"event_id": "fresh", "created_at": utcnow(), "published_at": utcnow() - OUTBOX_KEEP / 2},
            ],
        )
        await s.execute(
            kit.inbox.insert(),
            [
                {"consumer": "c", "source": "/s", "event_id": "old", "type": "t", "received_at": utcnow() - INBOX_KEEP * 2},
                {"consumer": "c", "source": "/s", "event_id": "new", "type": "t", "received_at": utcnow()},
            ],
        )
        await s.execute(
            kit.idempotency.insert(),
            [
                {"principal": "p", "key": "old", "method": "POST", "path": "/", "body_hash": "h", "created_at": old},
                {"principal": "p", "key": "new", "method": "POST", "path": "/", "body_hash": "h", "created_at": utcnow()},
            ],
        )
    assert await prune(db.sessionmaker, kit) == {"idempotency_keys": 1, "outbox": 1, "inbox": 1}
    async with db.sessionmaker() as s:
        assert set(await s.scalars(select(kit.outbox.c.event_id))) == {"old-unpublished", "fresh"}
        assert set(await s.scalars(select(kit.inbox.c.event_id))) == {"new"}
        assert await s.scalar(select(func.count()).select_from(kit.idempotency)) == 1
