"""`/healthz` (the process is alive) and `/readyz` (its database and NATS are reachable)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from shared.problems import PROBLEM_JSON, problem_body

router = APIRouter(tags=["health"])


@router.get("/healthz", operation_id="healthz", include_in_schema=False)
async def healthz(request: Request) -> dict:
    """Alive: the process answers."""
    return {"status": "ok", "service": request.app.state.settings.service_name}


@router.get("/readyz", operation_id="readyz", include_in_schema=False)
async def readyz(request: Request) -> JSONResponse:
    """Ready: the database answers and NATS is connected."""
    state = request.app.state
    checks: dict[str, str] = {}
    try:
        async with state.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        checks["database"] = f"down: {type(exc).__name__}"
    nc = getattr(state, "nats", None)
    checks["nats"] = "ok" if nc is not None and nc.is_connected else "down"
    ready = all(v == "ok" for v in checks.values())
    if ready:
        return JSONResponse({"status": "ready", "service": state.settings.service_name, "checks": checks})
    body = problem_body(503, "Not ready: " + ", ".join(f"{k} {v}" for k, v in checks.items() if v != "ok"), checks=checks)
    return JSONResponse(body, status_code=503, media_type=PROBLEM_JSON)
