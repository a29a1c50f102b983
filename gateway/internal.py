"""Routes for the platform's own services, not for callers: the state of a key.

The webhooks service delivers events to an endpoint only while the key that created it is
active; it asks here (`GET /_internal/keys/{id}`), signing the request as the services' own
identity (`X-IUC-Identity`, the platform secret) the way the gateway signs what it forwards.
Nobody outside holds that secret, so no caller can use these routes; they are not in the
published contract.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from gateway import repository
from shared.identity import IDENTITY_HEADER, Role, verify_identity
from shared.problems import PROBLEM_JSON, Problem, problem_body

log = logging.getLogger("iuc.gateway.internal")


def _problem(status: int, detail: str, instance: str) -> JSONResponse:
    return JSONResponse(problem_body(status, detail, instance=instance), status_code=status, media_type=PROBLEM_JSON)


def internal_router(identity_secret: str) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/_internal/keys/{key_id}")
    async def key_state(key_id: str, request: Request) -> JSONResponse:
        """Whether a key (or OAuth2 client) exists and is active."""
        path = request.url.path
        token = request.headers.get(IDENTITY_HEADER)
        try:
            caller = verify_identity(token or "", identity_secret)
        except Problem:
            return _problem(401, "A service identity signed with the platform secret is required.", path)
        if caller.role != Role.admin:
            return _problem(403, "Only the platform's services ask for the state of a key.", path)
        try:
            async with request.app.state.sessionmaker() as session:
                key = await repository.key_by_id(session, key_id)
        except Exception as exc:  # noqa: BLE001 - the key store is down: the caller waits and asks again
            log.error("key store unreadable for %s: %s", path, exc)
            return _problem(503, "The key store cannot be read right now; try again shortly.", path)
        if key is None:
            return _problem(404, f"No key has id {key_id}.", path)
        return JSONResponse({"id": key.id, "active": key.revoked_at is None})

    return router
