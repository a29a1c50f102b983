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

# The endpoint reads its form itself (gateway/oauth.py), so its contract is declared here.
TOKEN_SCHEMAS: dict[str, dict] = {
    "TokenRequest": {
        "title": "TokenRequest",
        "type": "object",
        "description": "RFC 6749, 4.4.2. Send the client's credentials here or as HTTP Basic, not both.",
        "required": ["grant_type"],
        "properties": {
            "grant_type": {"type": "string", "enum": ["client_credentials"]},
            "client_id": {"type": "string", "description": "The API key's id."},
            "client_secret": {"type": "string", "description": "The API key."},
            "scope": {"type": "string", "description": "Space-separated scopes, each one the key has; none: all of them."},
        },
    },
    "TokenResponse": {
        "title": "TokenResponse",
        "type": "object",
        "description": "RFC 6749, 5.1.",
        "required": ["access_token", "token_type", "expires_in", "scope"],
        "properties": {
            "access_token": {"type": "string"},
            "token_type": {"type": "string", "enum": ["Bearer"]},
            "expires_in": {"type": "integer", "description": "Seconds the token lives."},
            "scope": {"type": "string", "description": "The scopes granted, space-separated."},
        },
    },
    "TokenError": {
        "title": "TokenError",
        "type": "object",
        "description": "RFC 6749, 5.2.",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "string",
                "enum": [
                    "invalid_request",
                    "invalid_client",
                    "invalid_grant",
                    "unauthorized_client",
                    "unsupported_grant_type",
                    "invalid_scope",
                ],
            },
            "error_description": {"type": "string"},
        },
    },
}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


_NO_STORE_HEADERS = {
    "Cache-Control": {"schema": {"type": "string", "enum": ["no-store"]}, "description": "Never cached."},
    "Pragma": {"schema": {"type": "string", "enum": ["no-cache"]}, "description": "Never cached (HTTP/1.0)."},
}
TOKEN_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {"application/x-www-form-urlencoded": {"schema": _ref("TokenRequest")}},
    },
    "security": [{}, {"ClientBasic": []}],
    "responses": {
        "200": {
            "description": "An access token: send it as `Authorization: Bearer <token>`.",
            "headers": _NO_STORE_HEADERS,
            "content": {"application/json": {"schema": _ref("TokenResponse")}},
        },
        "400": {
            "description": "invalid_request, unsupported_grant_type or invalid_scope (RFC 6749, 5.2).",
            "headers": _NO_STORE_HEADERS,
            "content": {"application/json": {"schema": _ref("TokenError")}},
        },
        "401": {
            "description": "invalid_client: unknown client, wrong secret, revoked key, or no credentials (RFC 6749, 5.2).",
            "headers": {
                **_NO_STORE_HEADERS,
                "WWW-Authenticate": {"schema": {"type": "string"}, "description": 'Basic realm="iuc"'},
            },
            "content": {"application/json": {"schema": _ref("TokenError")}},
        },
    },
}


def token_router(settings: GatewaySettings) -> APIRouter:
    """The token endpoint, issuing tokens that live `settings.token_ttl` seconds."""
    router = APIRouter()
    access_token_secret = token_secret(settings.identity_secret)

    @router.post(
        TOKEN_PATH, operation_id="oauth_token", tags=["oauth2"], summary="Issue an access token", openapi_extra=TOKEN_OPENAPI
    )
    async def oauth_token(request: Request) -> Response:
        """OAuth2 client credentials: an API key's id and secret for a bearer access token."""
        try:
            req = parse_token_request(
                await request.body(), request.headers.get("content-type", ""), request.headers.get("authorization")
            )
            try:
                state = request.app.state
                key = await client_key(state.sessionmaker, req.client_id, req.client_secret, state.key_pepper)
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
