"""The verified identity the gateway forwards to services, and how services check it.

The gateway authenticates the caller (API key), then signs an `Identity` as a short-lived
HS256 JWT in the `X-IUC-Identity` header with the platform secret. Services accept only a
token that verifies; a caller who sends the header to the gateway has it replaced, and a
caller who reaches a service directly with a forged header is refused (401), and after
`FAILED_VERIFICATIONS` of those from one address within a minute, 429 (see `VerifyThrottle`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated

import jwt
from fastapi import Depends, Request
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import SlidingWindowCounterRateLimiter
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
    dashboard = "dashboard"  # reads the programme; writes only its own webhook subscriptions


# Scopes a key gets when none are given; a key may be narrowed to fewer.
_READ_PROGRAMME = {"cities:read", "calls:read"}
# Every key that calls the API may subscribe webhooks to what it may read (issue 15); a reviewer works
# through the review pages and subscribes nothing.
_WEBHOOKS = {"webhooks:read", "webhooks:write"}
ROLE_DEFAULT_SCOPES: dict[Role, frozenset[str]] = {
    Role.admin: frozenset({"*"}),
    Role.reviewer: frozenset(
        _READ_PROGRAMME | {"applications:read", "reviews:write", "pairing:read", "action_plans:read", "knowledge:read"}
    ),
    Role.city: frozenset(
        _READ_PROGRAMME
        | {"cities:write", "applications:read", "applications:write", "pairing:read", "pairing:write"}
        | {"action_plans:read", "action_plans:write", "knowledge:read", "knowledge:write"}
        | _WEBHOOKS
    ),
    Role.covenant_office: frozenset(
        _READ_PROGRAMME
        | {"covenant:read", "covenant:write", "action_plans:read", "action_plans:write", "knowledge:read"}
        | {"insights:read"}  # its own covenant's figures only (services/insights/auth.py)
        | _WEBHOOKS
    ),
    Role.partner: frozenset(
        _READ_PROGRAMME | {"covenant:read", "value_chains:read", "value_chains:write", "knowledge:read"} | _WEBHOOKS
    ),
    Role.dashboard: frozenset(
        _READ_PROGRAMME
        | {"applications:read", "stats:read", "pairing:read", "covenant:read", "value_chains:read", "action_plans:read"}
        | {"knowledge:read", "insights:read"}
        | _WEBHOOKS
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
    # The organisations a partner key acts for (value chains); empty: a read-only partner.
    organisation_ids: frozenset[str] = frozenset()
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

    def acts_for_organisation(self, organisation_id: str) -> bool:
        """An admin acts for any organisation; a partner key only for those it is bound to."""
        return self.is_admin or (self.role == Role.partner and organisation_id in self.organisation_ids)


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
        "organisation_ids": sorted(identity.organisation_ids),
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
            organisation_ids=frozenset(claims.get("organisation_ids") or ()),
            name=claims.get("name"),
        )
        return identity, float(claims["exp"])
    except (jwt.PyJWTError, KeyError, ValueError) as exc:
        raise Problem(401, "The forwarded identity could not be verified; call the platform through the gateway.") from exc


# Forged or expired identities sent straight to a service's port, per client address.
FAILED_VERIFICATIONS = "10/minute"


class VerifyThrottle:
    """Counts failed identity verifications per client address and says when one is over the limit.

    An identity that verifies always passes, also from an address over the limit: on one machine
    the gateway and a forger share 127.0.0.1, and the gateway's freshly signed identities must not
    be refused for the forger's sake. An address over the limit gets 429 with Retry-After instead
    of 401 for each identity that fails, until its window has room again.
    """

    def __init__(self, spec: str = FAILED_VERIFICATIONS) -> None:
        self.item = parse(spec)
        self._limiter = SlidingWindowCounterRateLimiter(MemoryStorage())

    def failed(self, address: str) -> int | None:
        """Count one failed verification from `address`; whole seconds to wait if it is over the limit now."""
        if self._limiter.hit(self.item, address):
            return None
        reset = self._limiter.get_window_stats(self.item, address).reset_time
        return max(1, math.ceil(reset - time.time()))


def _throttle(request: Request) -> VerifyThrottle:
    # One per app (made on first use): each process counts the addresses it sees.
    state = request.app.state
    throttle = getattr(state, "verify_throttle", None)
    if throttle is None:
        throttle = state.verify_throttle = VerifyThrottle()
    return throttle


async def _identity_from_request(request: Request) -> Identity:
    token = request.headers.get(IDENTITY_HEADER)
    if not token:
        raise Problem(401, "No verified identity: call the platform through the gateway with an API key.")
    try:
        return verify_identity(token, request.app.state.settings.identity_secret)
    except Problem:
        wait = _throttle(request).failed(request.client.host if request.client else "-")
        if wait is None:
            raise
        raise Problem(
            429,
            f"Too many identities from this address failed verification; retry in {wait} s, through the gateway.",
            headers={"Retry-After": str(wait)},
            code="identity_attempts_throttled",
        ) from None


CurrentIdentity = Annotated[Identity, Depends(_identity_from_request)]


def require_scopes(*scopes: str):
    """A dependency that returns the identity if it holds every scope, else 403."""

    async def _check(identity: CurrentIdentity) -> Identity:
        missing = [s for s in scopes if not identity.has_scope(s)]
        if missing:
            raise Problem(403, f"This key lacks the scope(s) {', '.join(missing)}.")
        return identity

    return _check


# The dashboards' counts (`GET /v1/<service>/stats`): the `stats:read` scope, which the dashboard
# role holds (and admin through "*"); a key narrowed to it reads the counts and no record.
StatsReader = Annotated[Identity, Depends(require_scopes("stats:read"))]


def require_roles(roles: Iterable[Role]):
    """A dependency that returns the identity if its role is one of `roles`, else 403."""
    allowed = frozenset(roles)

    async def _check(identity: CurrentIdentity) -> Identity:
        if identity.role not in allowed:
            raise Problem(403, f"This action needs one of the roles: {', '.join(sorted(r.value for r in allowed))}.")
        return identity

    return _check
