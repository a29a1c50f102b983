"""OAuth2 client credentials (RFC 6749, section 4.4) for partner systems.

A client is an API key: its `client_id` is the key's id (shown by `python -m gateway.keys
create`) and its `client_secret` is the key itself. `POST /oauth/token` exchanges them for a
bearer token (a JWT the gateway signs and alone verifies) that lives `token_ttl` seconds and
may carry fewer scopes than the key. `Authorization: Bearer <token>` then works wherever
`X-API-Key` does; revoking the key ends its tokens too, within the key cache time.

The token endpoint answers errors in the form RFC 6749 (section 5.2) prescribes, which
OAuth2 client libraries read, not as problem+json (decision 0003).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import uuid
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote_plus

import jwt

from shared.identity import Identity

TOKEN_PATH = "/oauth/token"
AUDIENCE = "iuc-api"
ISSUER = "iuc-gateway"
ALGORITHM = "HS256"


def token_secret(identity_secret: str) -> str:
    """The key that signs access tokens, derived from the platform secret."""
    # Not the platform secret itself: services verify forwarded identities with that, and a
    # token signed with it could pass for one.
    return hmac.new(identity_secret.encode(), b"iuc-gateway-oauth2-access-tokens", hashlib.sha256).hexdigest()


class OAuthError(Exception):
    """An RFC 6749 error answer of the token endpoint."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def body(self) -> dict[str, str]:
        """The JSON body of the answer."""
        return {"error": self.error, "error_description": self.description}


@dataclass(frozen=True)
class TokenRequest:
    """What a client sent to the token endpoint."""

    client_id: str
    client_secret: str
    scopes: frozenset[str] | None  # None: every scope of the key


def parse_token_request(body: bytes, content_type: str, authorization: str | None) -> TokenRequest:
    """Read a client-credentials request; OAuthError when it is not one."""
    if content_type.split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
        raise OAuthError("invalid_request", "Send the request as application/x-www-form-urlencoded.")
    try:
        form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError as exc:
        raise OAuthError("invalid_request", "The request body is not UTF-8.") from exc
    repeated = sorted(k for k, v in form.items() if len(v) > 1)
    if repeated:
        raise OAuthError("invalid_request", f"Parameters sent more than once: {', '.join(repeated)}.")
    params = {k: v[0] for k, v in form.items()}
    grant = params.get("grant_type")
    if not grant:
        raise OAuthError("invalid_request", "grant_type is missing.")
    if grant != "client_credentials":
        raise OAuthError("unsupported_grant_type", f"Only client_credentials is supported, not {grant!r}.")
    client_id, client_secret = _client_credentials(params, authorization)
    scope = params.get("scope")
    scopes = frozenset(scope.split()) if scope is not None and scope.strip() else None
    return TokenRequest(client_id, client_secret, scopes)


def _client_credentials(params: dict[str, str], authorization: str | None) -> tuple[str, str]:
    in_body = "client_id" in params or "client_secret" in params
    if authorization and authorization[:6].lower() == "basic ":
        if in_body:
            raise OAuthError("invalid_request", "Send the client credentials once: in the Authorization header or the body.")
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
            client_id, client_secret = decoded.split(":", 1)
        except (ValueError, UnicodeDecodeError) as exc:
            raise OAuthError("invalid_client", "The Basic credentials cannot be read.", 401) from exc
        # RFC 6749, 2.3.1: both parts are form-urlencoded before they are joined.
        return unquote_plus(client_id), unquote_plus(client_secret)
    if params.get("client_id") and params.get("client_secret"):
        return params["client_id"], params["client_secret"]
    raise OAuthError("invalid_client", "Authenticate the client: HTTP Basic with client_id and client_secret.", 401)


def granted_scopes(identity: Identity, requested: frozenset[str] | None) -> frozenset[str]:
    """The scopes a token gets: all of the key's, or those asked for if the key has each."""
    if requested is None:
        return identity.scopes
    refused = sorted(s for s in requested if not identity.has_scope(s))
    if refused:
        raise OAuthError("invalid_scope", f"This client may not have: {', '.join(refused)}.")
    return requested


def issue_token(secret: str, client_id: str, scopes: frozenset[str], ttl: int, now: float | None = None) -> str:
    """A signed access token for the client's key."""
    issued = int(now if now is not None else time.time())
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": client_id,
        "scope": " ".join(sorted(scopes)),
        "iat": issued,
        "exp": issued + ttl,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


@dataclass(frozen=True)
class AccessToken:
    """A verified access token."""

    client_id: str
    scopes: frozenset[str]
    expires_at: float  # Unix seconds


class InvalidToken(Exception):
    """The bearer token is not one of ours, or has expired."""


def verify_token(secret: str, token: str) -> AccessToken:
    """The claims of a valid access token; InvalidToken otherwise."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], audience=AUDIENCE, issuer=ISSUER, options={"require": ["exp", "sub"]}
        )
    except jwt.ExpiredSignatureError as exc:
        raise InvalidToken("The access token has expired; ask /oauth/token for a new one.") from exc
    except jwt.PyJWTError as exc:
        raise InvalidToken("The access token is not valid.") from exc
    return AccessToken(str(claims["sub"]), frozenset(str(claims.get("scope", "")).split()), float(claims["exp"]))


def narrowed(identity: Identity, scopes: frozenset[str]) -> Identity:
    """The key's identity with only the token's scopes (each one the key has)."""
    return identity.model_copy(update={"scopes": frozenset(s for s in scopes if identity.has_scope(s))})
