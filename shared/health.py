"""`/healthz` (the process is alive) and `/readyz` (its database and NATS are reachable, its stream has a leader)."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from nats.js.errors import NotFoundError
from sqlalchemy import Table, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shared.outbox import PARK_AFTER
from shared.problems import PROBLEM_JSON, problem_body

log = logging.getLogger("iuc.health")

router = APIRouter(tags=["health"])
# An unpublished, unparked outbox row older than this makes /readyz say "degraded".
RELAY_STALL_ENV = "IUC_RELAY_STALL_SECONDS"
DEFAULT_RELAY_STALL_SECONDS = 30.0
STREAM_INFO_TIMEOUT = 2.0


async def stream_check(nc, stream: str) -> str:
    """ "ok" when the event stream has a leader; otherwise why not. In a cluster a stream without
    a leader (an election, or too few of its replicas up) takes no event, though NATS is connected."""
    try:
        info = await nc.jetstream(timeout=STREAM_INFO_TIMEOUT).stream_info(stream)
    except NotFoundError:
        return "missing"
    except Exception as exc:  # noqa: BLE001 - no answer means no leader to answer
        return f"no leader: {type(exc).__name__}"
    # A single server reports itself as the leader; no cluster block at all also means one server.
    return "ok" if info.cluster is None or info.cluster.leader else "no leader"


def relay_stall_seconds() -> float:
    """`IUC_RELAY_STALL_SECONDS` (30 when unset or not a positive number)."""
    raw = os.environ.get(RELAY_STALL_ENV, "")
    try:
        value = float(raw) if raw else DEFAULT_RELAY_STALL_SECONDS
    except ValueError:
        value = -1.0
    if value <= 0:
        log.warning("%s=%r is not a positive number of seconds; using %s", RELAY_STALL_ENV, raw, DEFAULT_RELAY_STALL_SECONDS)
        return DEFAULT_RELAY_STALL_SECONDS
    return value


async def outbox_check(conn: AsyncConnection, outbox: Table, stall_seconds: float) -> str:
    """ "ok", or "stalled: ..." when the oldest unpublished, unparked outbox row has waited
    longer than `stall_seconds`: the relay cannot publish (not running, stuck, or the stream
    refuses). Derived from the database because the relay is usually a process of its own.
    One query on the unpublished index; it also tells that the database answers."""
    o = outbox.c
    row = (
        await conn.execute(
            select(o.seq, o.created_at).where(o.published_at.is_(None), o.attempts < PARK_AFTER).order_by(o.seq).limit(1)
        )
    ).first()
    if row is None:
        return "ok"
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    waited = (datetime.now(UTC) - created).total_seconds()
    if waited <= stall_seconds:
        return "ok"
    return (
        f"stalled: the oldest unpublished event (outbox row {row.seq}) has waited {waited:.0f} s, "
        f"more than {stall_seconds:g} s ({RELAY_STALL_ENV}); is the relay running and the stream reachable?"
    )


@router.get("/healthz", operation_id="healthz", include_in_schema=False)
async def healthz(request: Request) -> dict:
    """Alive: the process answers."""
    return {"status": "ok", "service": request.app.state.settings.service_name}


@router.get("/readyz", operation_id="readyz", include_in_schema=False)
async def readyz(request: Request) -> JSONResponse:
    """Ready: the database answers and NATS is connected. Degraded (still 200: the service
    serves, its events wait): the relay has not published for `IUC_RELAY_STALL_SECONDS`."""
    state = request.app.state
    checks: dict[str, str] = {}
    outbox: str | None = None  # unknown while the database does not answer
    try:
        async with state.engine.connect() as conn:
            outbox = await outbox_check(conn, state.kit.outbox, relay_stall_seconds())
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        checks["database"] = f"down: {type(exc).__name__}"
    nc = getattr(state, "nats", None)
    checks["nats"] = "ok" if nc is not None and nc.is_connected else "down"
    if checks["nats"] == "ok":
        checks["stream"] = await stream_check(nc, state.settings.stream_name)
    ready = all(v == "ok" for v in checks.values())
    if outbox is not None:
        checks["outbox"] = outbox
    if ready and outbox != "ok":
        body = {"status": "degraded", "service": state.settings.service_name, "reason": f"outbox {outbox}", "checks": checks}
        return JSONResponse(body)
    if ready:
        return JSONResponse({"status": "ready", "service": state.settings.service_name, "checks": checks})
    body = problem_body(503, "Not ready: " + ", ".join(f"{k} {v}" for k, v in checks.items() if v != "ok"), checks=checks)
    return JSONResponse(body, status_code=503, media_type=PROBLEM_JSON)
