"""Stand-in services for the gateway benchmark: one small GET that checks the identity.

`app` is put together like a real service (FastAPI, request ids, problem+json, the
identity dependency), so "direct" pays what a service pays. `minimal_app` is raw ASGI
that only verifies the identity: the worst case for the gateway's ratio.
"""

from __future__ import annotations

from fastapi import FastAPI

from shared.identity import CurrentIdentity, verify_identity
from shared.problems import Problem, install_problem_handlers
from shared.requestid import RequestIdMiddleware
from shared.settings import ServiceSettings

app = FastAPI(title="bench backend")
app.state.settings = ServiceSettings(service_name="bench-backend")
install_problem_handlers(app)
app.add_middleware(RequestIdMiddleware)


@app.get("/healthz")
async def healthz() -> dict:
    """Alive."""
    return {"status": "ok"}


@app.get("/readyz")
async def readyz() -> dict:
    """Ready."""
    return {"status": "ready"}


@app.get("/v1/cities/{city_id}")
async def read_city(city_id: str, identity: CurrentIdentity) -> dict:
    """A small city record, like the applications service answers."""
    return {
        "city_id": city_id,
        "name": "Lisboa",
        "country_code": "PT",
        "world_region": "europe",
        "population": 545923,
        "read_by": identity.subject,
    }


# --- the cheapest possible service, to show the gateway's own cost -------------------------

_SETTINGS = app.state.settings
_BODY = b'{"city_id":"0192f0c4-lisboa","name":"Lisboa","country_code":"PT","population":545923}'
_HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(_BODY)).encode())]


async def minimal_app(scope, receive, send) -> None:
    """Raw ASGI: answers every GET with a fixed small JSON after verifying the identity."""
    if scope["type"] != "http":
        return
    token = next((v for k, v in scope["headers"] if k == b"x-iuc-identity"), None)
    status = 200
    if scope["path"].startswith("/v1/"):
        try:
            verify_identity(token.decode() if token else "", _SETTINGS.identity_secret)
        except Problem:
            status = 401
    await send({"type": "http.response.start", "status": status, "headers": _HEADERS})
    await send({"type": "http.response.body", "body": _BODY})
