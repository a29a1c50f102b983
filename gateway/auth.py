"""API key check for the hot path: a memory cache in front of the database.

A key is looked up by its sha256 once, then trusted from memory for `key_cache_seconds`
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
from gateway.keys import identity_of
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


class KeyAuthenticator:
    """Turns an `X-API-Key` value into the signed `X-IUC-Identity` token, or None."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        secret: str,
        *,
        cache_seconds: float = 30.0,
        identity_ttl: int = 120,
        resign_seconds: float = 60.0,
        clock=time.monotonic,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._secret = secret
        self._cache_seconds = cache_seconds
        self._ttl = identity_ttl
        self._resign_seconds = min(resign_seconds, identity_ttl / 2)
        self._clock = clock
        self._cache: dict[str, _Entry] = {}
        self._inflight: dict[str, asyncio.Future[_Entry]] = {}

    async def token_for(self, api_key: bytes) -> str | None:
        """The identity token for a valid key, None for an unknown or revoked one."""
        key_hash = hashlib.sha256(api_key).hexdigest()
        now = self._clock()
        entry = self._cache.get(key_hash)
        if entry is None or now - entry.checked_at >= self._cache_seconds:
            entry = await self._refresh(key_hash, entry)
        if entry.identity is None:
            return None
        if now - entry.signed_at >= self._resign_seconds:
            entry.token = sign_identity(entry.identity, self._secret, self._ttl)
            entry.signed_at = now
        return entry.token

    def forget(self) -> None:
        """Drop every cached key (after a revocation, in tests)."""
        self._cache.clear()

    async def _refresh(self, key_hash: str, stale: _Entry | None) -> _Entry:
        # One database read per key however many requests are waiting for it.
        fut = self._inflight.get(key_hash)
        if fut is None:
            fut = asyncio.ensure_future(self._load(key_hash))
            self._inflight[key_hash] = fut
            fut.add_done_callback(lambda _f: self._inflight.pop(key_hash, None))
        try:
            return await asyncio.shield(fut)
        except asyncio.CancelledError:
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
        now = self._clock()
        if row is None or not row.is_active:
            entry = _Entry(None, None, now, now)
        else:
            identity = identity_of(row)
            entry = _Entry(identity, sign_identity(identity, self._secret, self._ttl), now, now)
        if len(self._cache) >= MAX_CACHED_KEYS:
            self._cache.clear()
        self._cache[key_hash] = entry
        return entry
