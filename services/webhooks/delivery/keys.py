"""Whether an endpoint owner's key is still active, asked of the gateway and remembered 30 s."""

from __future__ import annotations

import logging
import time
from urllib.parse import quote

import httpx

from shared.identity import IDENTITY_HEADER, Identity, Role, sign_identity

log = logging.getLogger("iuc.webhooks.keys")

CACHE_SECONDS = 30.0
TOKEN_SECONDS = 120
# The webhooks service's own identity when it asks the gateway.
SERVICE_IDENTITY = Identity(subject="webhooks", role=Role.admin, scopes=frozenset({"*"}))


class KeyStatus:
    """Asks `GET {gateway}/_internal/keys/{key_id}`; True (active), False (revoked or unknown), or
    None when the gateway cannot say (nothing is sent to that owner's endpoints meanwhile)."""

    def __init__(self, gateway_url: str, identity_secret: str, *, cache_seconds: float = CACHE_SECONDS) -> None:
        self._base = gateway_url.rstrip("/")
        self._secret = identity_secret
        self._cache_seconds = cache_seconds
        self._known: dict[str, tuple[bool, float]] = {}
        self._token: tuple[str, float] | None = None
        self._client = httpx.AsyncClient(timeout=httpx.Timeout(5.0), trust_env=False)

    def _identity_token(self) -> str:
        now = time.monotonic()
        if self._token is None or self._token[1] < now:
            # Renewed at half its life, so a token in flight never expires on the way.
            self._token = (sign_identity(SERVICE_IDENTITY, self._secret, ttl_seconds=TOKEN_SECONDS), now + TOKEN_SECONDS / 2)
        return self._token[0]

    async def active(self, key_id: str) -> bool | None:
        """Whether the key is active (remembered for 30 s); None when the gateway does not answer."""
        known = self._known.get(key_id)
        if known is not None and known[1] > time.monotonic():
            return known[0]
        try:
            r = await self._client.get(
                f"{self._base}/_internal/keys/{quote(key_id, safe='')}", headers={IDENTITY_HEADER: self._identity_token()}
            )
        except httpx.HTTPError as exc:
            log.warning("the gateway could not say whether key %s is active: %s", key_id, exc)
            return None
        if r.status_code == 404:
            status = False
        elif r.status_code == 200:
            try:
                body = r.json()
            except ValueError:
                return None
            status = isinstance(body, dict) and body.get("active") is True
        else:
            log.warning("the gateway answered %d about key %s", r.status_code, key_id)
            return None
        self._known[key_id] = (status, time.monotonic() + self._cache_seconds)
        return status

    def forget(self) -> None:
        """Ask again next time (a test revoked a key)."""
        self._known.clear()

    async def aclose(self) -> None:
        """Close the connection to the gateway."""
        await self._client.aclose()
