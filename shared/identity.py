"""The verified identity the gateway forwards to services, and how services check it.

The gateway authenticates the caller (API key), then signs an `Identity` as a short-lived
HS256 JWT in the `X-IUC-Identity` header with the platform secret. Services accept only a
token that verifies; a caller who sends the header to the gateway has it replaced, and a
caller who reaches a service directly with a forged header is refused (401).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated

import jwt
from fastapi import Depends, Request
from pydantic import BaseModel, Field

from shared.problems import Problem

IDENTITY_HEADER = "x-iuc-identity"
ISSUER = "iuc-gateway"
AUDIENCE = "iuc-services"


class Role(StrEnum):
    """Who a caller is in the programme."""

    admin = "admin"  # the coordination unit
    reviewer = "reviewer"
    city = "city"  # bound to one city
    covenant_office = "covenant_office"  # bound to one regional covenant
    partner = "partner"
    dashboard = "dashboard"  # read-only


# Scopes a key gets when none are given; a key may be narrowed to fewer.
_READ_PROGRAMME = {"cities:read", "calls:read"}
ROLE_DEFAULT_SCOPES: dict[Role, frozenset[str]] = {
    Role.admin: frozenset({"*"}),
    Role.reviewer: frozenset(
        _READ_PROGRAMME | {"applications:read", "reviews:write", "pairing:read", "action_plans:read", "knowledge:read"}
    ),
    Role.city: frozenset(
        _READ_PROGRAMME
        | {"cities:write", "applications:read", "applications:write", "pairing:read", "pairing:write"}
        | {"action_plans:read", "action_plans:write", "knowledge:read", "knowledge:write"}
    ),
    Role.covenant_office: frozenset(
        _READ_PROGRAMME | {"covenant:read", "covenant:write", "action_plans:read", "action_plans:write", "knowledge:read"}
    ),
    Role.partner: frozenset(_READ_PROGRAMME | {"covenant:read", "value_chains:read", "value_chains:write", "knowledge:read"}),
    Role.dashboard: frozenset(
        _READ_PROGRAMME
        | {"applications:read", "stats:read", "pairing:read", "covenant:read", "value_chains:read", "action_plans:read"}
        | {"knowledge:read"}
    ),
}

# Roles that mean nothing without a binding.
ROLES_NEEDING_CITY = {Role.city}
ROLES_NEEDING_COVENANT = {Role.covenant_office}


class Identity(BaseModel):
    """A verified caller."""

    subject: str = Field(description="The API key id (or client id) that authenticated.")
    role: Role
    scopes: frozenset[str] = frozenset()
    city_id: str | None = None
    regional_covenant: str | None = None
    name: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == Role.admin

    def has_scope(self, scope: str) -> bool:
        """True if the identity holds the scope, directly or through a wildcard."""
        if "*" in self.scopes or scope in self.scopes:
            return True
        family = scope.split(":", 1)[0]
        return f"{family}:*" in self.scopes

    def acts_for_city(self, city_id: str) -> bool:
        """An admin acts for any city; a city key only for its own."""
        return self.is_admin or (self.role == Role.city and self.city_id == city_id)


def sign_identity(identity: Identity, secret: str, ttl_seconds: int = 120) -> str:
    """The token the gateway forwards."""
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + ttl_seconds,
        "sub": identity.subject,
        "role": identity.role.value,
        "scopes": sorted(identity.scopes),
        "city_id": identity.city_id,
        "regional_covenant": identity.regional_covenant,
        "name": identity.name,
    }
    return jwt.encode(claims, secret, algorithm="HS256")


# The gateway reuses one token per key for a minute, so a service sees the same few tokens
# over and over: remembering the verified ones saves an HMAC and a JSON decode per request.
_VERIFIED: dict[tuple[str, str], tuple[Identity, float]] = {}
_VERIFIED_MAX = 4096


def verify_identity(token: str, secret: str) -> Identity:
    """Decode and check a forwarded identity; raises Problem(401) if it does not verify."""
    cached = _VERIFIED.get((token, secret))
    if cached is not None and cached[1] > time.time():
        return cached[0]
    identity, expires = _decode(token, secret)
    if len(_VERIFIED) >= _VERIFIED_MAX:
        _VERIFIED.clear()
    _VERIFIED[(token, secret)] = (identity, expires)
    return identity


def _decode(token: str, secret: str) -> tuple[Identity, float]:
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            leeway=5,
            options={"require": ["exp", "iat", "sub"]},
        )
        identity = Identity(
            subject=claims["sub"],
            role=Role(claims["role"]),
            scopes=frozenset(claims.get("scopes") or ()),
            city_id=claims.get("city_id"),
            regional_covenant=claims.get("regional_covenant"),
            name=claims.get("name"),
        )
        return identity, float(claims["exp"])
    except (jwt.PyJWTError, KeyError, ValueError) as exc:
        raise Problem(401, "The forwarded identity could not be verified; call the platform through the gateway.") from exc


async def _identity_from_request(request: Request) -> Identity:
    token = request.headers.get(IDENTITY_HEADER)
    if not token:
        raise Problem(401, "No verified identity: call the platform through the gateway with an API key.")
    return verify_identity(token, request.app.state.settings.identity_secret)


CurrentIdentity = Annotated[Identity, Depends(_identity_from_request)]


def require_scopes(*scopes: str):
    """A dependency that returns the identity if it holds every scope, else 403."""

    async def _check(identity: CurrentIdentity) -> Identity:
        missing = [s for s in scopes if not identity.has_scope(s)]
        if missing:
            raise Problem(403, f"This key lacks the scope(s) {', '.join(missing)}.")
        return identity

    return _check


def require_roles(roles: Iterable[Role]):
    """A dependency that returns the identity if its role is one of `roles`, else 403."""
    allowed = frozenset(roles)

    async def _check(identity: CurrentIdentity) -> Identity:
        if identity.role not in allowed:
            raise Problem(403, f"This action needs one of the roles: {', '.join(sorted(r.value for r in allowed))}.")
        return identity

    return _check
