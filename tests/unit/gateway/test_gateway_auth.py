"""The key check's memory: one database read per key and cache period, few signatures."""

from __future__ import annotations

import asyncio

import pytest

from gateway import auth, repository
from gateway.auth import KeyAuthenticator, KeysUnavailable
from gateway.keys import generate_key, hash_key, new_api_key
from shared.identity import verify_identity
from tests.unit.gateway.fakes import NoSession

SECRET = "auth-test-secret-0123456789-abcdefghijklmnopqrstuv"
PEPPER = b"auth-test-pepper"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(monkeypatch):
    """Key rows by hash, and the hashes the authenticator asked the database for."""
    rows: dict = {}
    reads: list[str] = []

    async def key_by_hash(_session, key_hash):
        reads.append(key_hash)
        await asyncio.sleep(0.01)
        found = rows.get(key_hash)
        if isinstance(found, Exception):
            raise found
        return found

    monkeypatch.setattr(repository, "key_by_hash", key_by_hash)
    return rows, reads


@pytest.fixture
def signatures(monkeypatch) -> list[str]:
    signed: list[str] = []
    real = auth.sign_identity

    def counting(identity, secret, ttl):
        signed.append(identity.subject)
        return real(identity, secret, ttl)

    monkeypatch.setattr(auth, "sign_identity", counting)
    return signed


def authenticator(clock: Clock, cache_seconds: float = 30) -> KeyAuthenticator:
    return KeyAuthenticator(
        NoSession(), SECRET, pepper=PEPPER, cache_seconds=cache_seconds, identity_ttl=120, resign_seconds=60, clock=clock
    )


def saved_key(rows: dict, role: str = "partner") -> tuple[object, bytes]:
    row, key = new_api_key("k", role, pepper=PEPPER)
    rows[row.key_hash] = row
    return row, key.encode()


async def test_a_known_key_is_read_once_then_served_from_memory(store, signatures):
    rows, reads = store
    row, key = saved_key(rows)
    keys = authenticator(Clock())
    tokens = [await keys.token_for(key) for _ in range(5)]
    assert len(reads) == 1 and len(signatures) == 1
    assert len(set(tokens)) == 1
    assert verify_identity(tokens[0], SECRET).subject == row.id


async def test_concurrent_first_uses_share_one_read(store):
    rows, reads = store
    _, key = saved_key(rows)
    keys = authenticator(Clock())
    tokens = await asyncio.gather(*(keys.token_for(key) for _ in range(20)))
    assert len(reads) == 1 and len(set(tokens)) == 1


async def test_the_identity_is_resigned_only_half_way_through_its_life(store, signatures):
    rows, _ = store
    _, key = saved_key(rows)
    clock = Clock()
    keys = authenticator(clock, cache_seconds=300)
    first = await keys.token_for(key)
    clock.now += 59
    assert await keys.token_for(key) == first
    assert len(signatures) == 1
    clock.now += 2
    renewed = await keys.token_for(key)
    clock.now += 10
    assert await keys.token_for(key) == renewed
    assert len(signatures) == 2


async def test_unknown_keys_are_refused_and_remembered(store):
    _, reads = store
    keys = authenticator(Clock())
    unknown = generate_key().encode()
    assert await keys.token_for(unknown) is None
    assert await keys.token_for(unknown) is None
    assert reads == [hash_key(unknown, PEPPER)]


async def test_a_revocation_is_seen_when_the_cache_period_ends(store):
    rows, reads = store
    row, key = saved_key(rows)
    clock = Clock()
    keys = authenticator(clock)
    assert await keys.token_for(key)
    row.revoked_at = "now"
    clock.now += 10
    assert await keys.token_for(key)  # still trusted from memory
    clock.now += 25
    assert await keys.token_for(key) is None
    assert len(reads) == 2


async def test_an_unreadable_store_falls_back_to_the_cached_answer_or_503(store):
    rows, _ = store
    row, key = saved_key(rows)
    clock = Clock()
    keys = authenticator(clock)
    assert await keys.token_for(key)
    rows[row.key_hash] = ConnectionError("database down")
    clock.now += 31
    assert await keys.token_for(key)  # stale but better than an outage
    _, other = saved_key(rows)
    rows[hash_key(other, PEPPER)] = ConnectionError("database down")
    with pytest.raises(KeysUnavailable):
        await keys.token_for(other)


async def test_a_partner_keys_organisations_travel_in_the_signed_identity(store):
    rows, _ = store
    row, key = new_api_key("EEN", "partner", pepper=PEPPER, organisation_ids=["org-1", "org-2"])
    rows[row.key_hash] = row
    forwarded = verify_identity(await authenticator(Clock()).token_for(key.encode()), SECRET)
    assert forwarded.organisation_ids == {"org-1", "org-2"}
