"""`POST /oauth/token`, the HTTP side of OAuth2 client credentials (the protocol is in gateway/oauth.py)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from gateway.config import GatewaySettings
from gateway.keys import client_key, identity_of
from gateway.oauth import TOKEN_PATH, OAuthError, granted_scopes, issue_token, parse_token_request, token_secret
from shared.problems import PROBLEM_JSON, problem_body

log = logging.getLogger("iuc.gateway")

# The token answer must not be kept by any cache (RFC 6749, 5.1).
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def token_router(settings: GatewaySettings) -> APIRouter:
    """The token endpoint, issuing tokens that live `settings.token_ttl` seconds."""
    router = APIRouter()
    access_token_secret = token_secret(settings.identity_secret)

    @router.post(TOKEN_PATH)
    async def oauth_token(request: Request) -> Response:
        """OAuth2 client credentials: an API key's id and secret for a bearer access token."""
        try:
            req = parse_token_request(
                await request.body(), request.headers.get("content-type", ""), request.headers.get("authorization")
            )
            try:
                key = await client_key(request.app.state.sessionmaker, req.client_id, req.client_secret)
            except Exception as exc:  # noqa: BLE001 - the key store is down: the client may retry
                log.error("key store unreadable at the token endpoint: %s", exc)
                return JSONResponse(
                    problem_body(503, "Clients cannot be checked right now; try again shortly."),
                    status_code=503,
                    media_type=PROBLEM_JSON,
                )
            if key is None:
                raise OAuthError("invalid_client", "Unknown client, wrong secret, or a revoked key.", 401)
            scopes = granted_scopes(identity_of(key), req.scopes)
        except OAuthError as exc:
            challenge = {"WWW-Authenticate": 'Basic realm="iuc"'} if exc.status == 401 else {}
            return JSONResponse(exc.body(), status_code=exc.status, headers=challenge | NO_STORE)
        token = issue_token(access_token_secret, key.id, scopes, settings.token_ttl)
        answer = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": settings.token_ttl,
            "scope": " ".join(sorted(scopes)),
        }
        return JSONResponse(answer, headers=NO_STORE)

    return router
