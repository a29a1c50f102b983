"""API key and bearer token check for the hot path: a memory cache in front of the database.

A key is looked up by its peppered hash (gateway/keys.py) once, then trusted from memory for `key_cache_seconds`
(so a revocation takes effect within that time). The signed identity token is cached with
it and re-signed only when it is half-way through its life: signing a JWT per request
would cost more than the rest of the gateway's work.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway import repository
from gateway.keys import hash_key, identity_of
from gateway.oauth import InvalidToken, narrowed, token_secret, verify_token
from shared.identity import Identity, sign_identity

log = logging.getLogger("iuc.gateway.auth")

# Unknown keys are remembered too, so a client retrying a bad key does not hit the
# database each time; past this many entries the cache is simply emptied.
MAX_CACHED_KEYS = 10_000


class KeysUnavailable(Exception):
    """The key store cannot be read and the key is not in memory."""


@dataclass(slots=True)
class _Entry:
    identity: Identity | None  # None: no such key, or revoked
    token: str | None
    checked_at: float
    signed_at: float
    expires_at: float | None = None  # Unix seconds: the end of a bearer token's life


class KeyAuthenticator:
    """Turns an `X-API-Key` value into the signed `X-IUC-Identity` token, or None."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        secret: str,
        *,
        pepper: bytes,
        access_token_secret: str | None = None,
        cache_seconds: float = 30.0,
        identity_ttl: int = 120,
        resign_seconds: float = 60.0,
        clock=time.monotonic,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._secret = secret
        self._pepper = pepper
        self._access_token_secret = access_token_secret or token_secret(secret)
        self._cache_seconds = cache_seconds
        self._ttl = identity_ttl
        self._resign_seconds = min(resign_seconds, identity_ttl / 2)
        self._clock = clock
        self._cache: dict[str, _Entry] = {}
        self._inflight: dict[str, asyncio.Future[_Entry]] = {}

    async def token_for(self, api_key: bytes) -> str | None:
        """The identity token for a valid key, None for an unknown or revoked one."""
        key_hash = hash_key(api_key, self._pepper)
        return await self._identity_token(key_hash, lambda: self._load(key_hash))

    async def token_for_bearer(self, access_token: bytes) -> str | None:
        """The identity token for a valid access token, None if its key is revoked; InvalidToken says why one fails."""
        cache_key = "bearer:" + hashlib.sha256(access_token).hexdigest()
        entry = self._cache.get(cache_key)
        if entry is not None and entry.expires_at is not None and time.time() >= entry.expires_at:
            raise InvalidToken("The access token has expired; ask /oauth/token for a new one.")
        token = access_token.decode("latin-1")
        return await self._identity_token(cache_key, lambda: self._load_bearer(cache_key, token))

    def bearer_client(self, access_token: bytes) -> str | None:
        """The client id of an access token `token_for_bearer` has accepted (for rate limits)."""
        entry = self._cache.get("bearer:" + hashlib.sha256(access_token).hexdigest())
        return entry.identity.subject if entry is not None and entry.identity is not None else None

    async def _identity_token(self, cache_key: str, load) -> str | None:
        now = self._clock()
        entry = self._cache.get(cache_key)
        if entry is None or now - entry.checked_at >= self._cache_seconds:
            entry = await self._refresh(cache_key, entry, load)
        if entry.identity is None:
            return None
        if now - entry.signed_at >= self._resign_seconds:
            entry.token = sign_identity(entry.identity, self._secret, self._ttl)
            entry.signed_at = now
        return entry.token

    def forget(self) -> None:
        """Drop every cached key (after a revocation, in tests)."""
        self._cache.clear()

    async def _refresh(self, key_hash: str, stale: _Entry | None, load) -> _Entry:
        # One database read per key however many requests are waiting for it.
        fut = self._inflight.get(key_hash)
        if fut is None:
            fut = asyncio.ensure_future(load())
            self._inflight[key_hash] = fut
            fut.add_done_callback(lambda _f: self._inflight.pop(key_hash, None))
        try:
            return await asyncio.shield(fut)
        except (asyncio.CancelledError, InvalidToken):
            raise
        except Exception as exc:
            if stale is not None:
                # Better a key checked 30 s ago than an outage of the whole API.
                log.warning("key store unreadable (%s); trusting the cached answer", type(exc).__name__)
                stale.checked_at = self._clock()
                return stale
            log.error("key store unreadable: %s", exc)
            raise KeysUnavailable from exc

    async def _load(self, key_hash: str) -> _Entry:
        async with self._sessionmaker() as session:
            row = await repository.key_by_hash(session, key_hash)
        identity = identity_of(row) if row is not None and row.is_active else None
        return self._remember(key_hash, identity)

    async def _load_bearer(self, cache_key: str, token: str) -> _Entry:
        claims = verify_token(self._access_token_secret, token)  # InvalidToken goes to the caller
        async with self._sessionmaker() as session:
            row = await repository.key_by_id(session, claims.client_id)
        identity = narrowed(identity_of(row), claims.scopes) if row is not None and row.is_active else None
        return self._remember(cache_key, identity, claims.expires_at)

    def _remember(self, cache_key: str, identity: Identity | None, expires_at: float | None = None) -> _Entry:
        now = self._clock()
        token = sign_identity(identity, self._secret, self._ttl) if identity is not None else None
        entry = _Entry(identity, token, now, now, expires_at)
        if len(self._cache) >= MAX_CACHED_KEYS:
            self._cache.clear()
        self._cache[cache_key] = entry
        return entry
