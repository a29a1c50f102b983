"""BUG REPRODUCTION (shared/idempotency.py): a claim left by a crashed request blocks its
Idempotency-Key forever (every retry answers 409 "still being processed").

Fails until the middleware takes over claims older than any request can run.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from tests.integration.kit.idemapp import Gate, http_client, key, make_app
from tests.integration.kit.kitsupport import kit


async def test_a_claim_left_by_a_crashed_process_does_not_block_the_key_forever(db):
    calls: Counter = Counter()
    async with http_client(make_app(db.sessionmaker, calls, Gate())) as client:
        await _scenario(client, calls, db)


async def _scenario(client, calls, db):
    # A process that died mid-request (kill -9, OOM) leaves its claim without an answer.
    # An hour later no request can still be running; the key must not answer 409 forever.
    first = await client.post("/v1/things", json={"name": "Lyon"}, headers=key("k-7"))
    assert first.status_code == 201
    async with db.sessionmaker() as session, session.begin():
        await session.execute(
            kit.idempotency.update()
            .where(kit.idempotency.c.key == "k-7")
            .values(
                status_code=None, response_headers=None, response_body=None, created_at=datetime.now(UTC) - timedelta(hours=1)
            )
        )
    retry = await client.post("/v1/things", json={"name": "Lyon"}, headers=key("k-7"))
    assert retry.status_code == 201, retry.text
    assert calls["create"] == 2
