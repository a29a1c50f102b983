"""`Idempotency-Key` on POST: the same key and body replay the stored answer; the same key
with another body is refused (422); a retry while the first is still running gets 409.

Keys are scoped to the caller, so two partners can never see each other's answers.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime, timedelta

import orjson
from sqlalchemy import Table, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.consumer import insert_ignoring_duplicate
from shared.identity import IDENTITY_HEADER, verify_identity
from shared.problems import PROBLEM_JSON, Problem, problem_body

log = logging.getLogger("iuc.idempotency")

HEADER = b"idempotency-key"
MAX_KEY_LENGTH = 200
STALE_CLAIM_SECONDS = 600  # far beyond any request timeout
_REPLAY_SKIP_HEADERS = {b"content-length", b"x-request-id", b"date", b"server"}


class IdempotencyMiddleware:
    """Pure ASGI middleware; needs `app.state.sessionmaker`, `.kit` and `.settings`."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        key_raw = headers.get(HEADER)
        if key_raw is None:
            return await self.app(scope, receive, send)
        state = scope["app"].state
        key = key_raw.decode("latin-1")
        if not key or len(key) > MAX_KEY_LENGTH:
            return await _send_problem(send, 400, f"Idempotency-Key must be 1 to {MAX_KEY_LENGTH} characters.")
        token = headers.get(IDENTITY_HEADER.encode())
        try:
            principal = verify_identity(token.decode(), state.settings.identity_secret).subject if token else "anonymous"
        except Problem as exc:
            return await _send_problem(send, exc.status, exc.detail)

        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        path = scope["path"] + ("?" + scope["query_string"].decode() if scope.get("query_string") else "")
        digest = hashlib.sha256(b"POST " + path.encode() + b"\n" + bytes(body)).hexdigest()
        sessionmaker: async_sessionmaker[AsyncSession] = state.sessionmaker
        table: Table = state.kit.idempotency

        async with sessionmaker() as session, session.begin():
            is_new = await insert_ignoring_duplicate(
                session, table, {"principal": principal, "key": key, "method": "POST", "path": path, "body_hash": digest}
            )
            if not is_new:
                # A claim without an answer that is older than any request can run was left by
                # a process that died: take it over (compare-and-set, so only one retry wins).
                took = await session.execute(
                    update(table)
                    .where(
                        table.c.principal == principal,
                        table.c.key == key,
                        table.c.status_code.is_(None),
                        table.c.body_hash == digest,
                        table.c.created_at < datetime.now(UTC) - timedelta(seconds=STALE_CLAIM_SECONDS),
                    )
                    .values(created_at=datetime.now(UTC))
                )
                is_new = took.rowcount == 1
            if not is_new:
                row = (
                    (await session.execute(select(table).where(table.c.principal == principal, table.c.key == key)))
                    .mappings()
                    .one()
                )
        if not is_new:
            if row["body_hash"] != digest:
                return await _send_problem(send, 422, "This Idempotency-Key was already used with another request body or path.")
            if row["status_code"] is None:
                return await _send_problem(send, 409, "A request with this Idempotency-Key is still being processed.")
            stored = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in (row["response_headers"] or [])]
            stored.append((b"idempotent-replayed", b"true"))
            await send({"type": "http.response.start", "status": row["status_code"], "headers": stored})
            await send({"type": "http.response.body", "body": row["response_body"] or b""})
            return

        sent = False

        async def replay_receive():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        status = 500
        resp_headers: list[tuple[bytes, bytes]] = []
        resp_body = bytearray()

        # The answer is held back until it is stored: a client that retries as soon as it
        # has read the answer must get the replay, not "still being processed".
        held: list[dict] = []

        async def capture_send(message):
            nonlocal status, resp_headers
            if message["type"] == "http.response.start":
                status = message["status"]
                resp_headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                resp_body.extend(message.get("body", b""))
            held.append(message)

        try:
            await self.app(scope, replay_receive, capture_send)
        finally:
            async with sessionmaker() as session, session.begin():
                where = (table.c.principal == principal, table.c.key == key)
                if status >= 500:
                    # A server fault is not an answer worth keeping: let the caller retry.
                    await session.execute(delete(table).where(*where))
                else:
                    keep = [
                        (k.decode("latin-1"), v.decode("latin-1"))
                        for k, v in resp_headers
                        if k.lower() not in _REPLAY_SKIP_HEADERS
                    ]
                    await session.execute(
                        update(table)
                        .where(*where)
                        .values(status_code=status, response_headers=keep, response_body=bytes(resp_body))
                    )
        for message in held:
            await send(message)


async def _send_problem(send, status: int, detail: str) -> None:
    payload = orjson.dumps(problem_body(status, detail))
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(payload)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": payload})
