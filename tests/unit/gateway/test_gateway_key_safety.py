"""Safe defaults of the key store: the admin key's strength, the pepper kept once and shared,
the gateway refusing to start on the development secret or a weak admin key, and the migration
that peppers the hashes of existing keys."""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
import threading

import pytest
from sqlalchemy import text

from gateway.app import create_app
from gateway.config import GatewaySettings, read_or_make_pepper
from gateway.keys import WrongPepper, check_pepper, client_key, generate_key, hash_key
from gateway.keystrength import admin_key_problem, estimate_entropy_bits
from shared.catalog import ServiceEntry
from shared.db import make_engine, make_sessionmaker
from shared.settings import UnsafeSettings
from tests.unit.gateway.conftest import migrate_to, migrated_database


@pytest.mark.parametrize(
    "weak",
    [
        "change-me-admin-key",  # the README's old example: too short
        "change-me-admin-key-change-me-admin-key",
        "a" * 48,
        "ab" * 24,
        "0123456789abcdef0123456789abcdef",
        "correcthorsebatterystaplecorrecthorse",
        "my-super-secret-admin-key-for-iuc-2026",
    ],
)
def test_a_guessable_admin_key_is_refused_with_a_way_to_make_one(weak):
    problem = admin_key_problem(weak)
    assert problem is not None and 'python -c "import secrets; print(secrets.token_urlsafe(32))"' in problem


def test_generated_keys_pass_with_room_to_spare():
    for _ in range(200):
        assert admin_key_problem(secrets.token_urlsafe(32)) is None
        assert admin_key_problem(generate_key()) is None
        assert estimate_entropy_bits(secrets.token_urlsafe(32)) >= 150
    assert "32" in admin_key_problem(secrets.token_urlsafe(16))  # 22 characters, however random


def test_the_pepper_is_made_once_readable_by_its_owner_only_and_shared(tmp_path):
    path = tmp_path / "var" / "key-pepper"
    found: list[bytes] = []
    threads = [threading.Thread(target=lambda: found.append(read_or_make_pepper(path))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(found)) == 1 and len(found[0]) >= 43
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert read_or_make_pepper(path) == found[0]
    assert [p.name for p in path.parent.iterdir()] == ["key-pepper"]  # no temporary file left
    assert GatewaySettings(IUC_KEY_PEPPER="from-env").resolved_key_pepper() == b"from-env"
    path.write_text("\n")
    with pytest.raises(ValueError, match="empty"):
        read_or_make_pepper(path)


def _lifespan(**env):
    settings = GatewaySettings(database_url="sqlite+aiosqlite:///:memory:", IUC_KEY_PEPPER="p", **env)
    meta = create_app(settings, [ServiceEntry("things", 1, ("/v1/things",))]).gateway.meta
    return meta.router.lifespan_context(meta)


async def test_the_gateway_refuses_to_start_on_the_development_secret_or_a_weak_admin_key():
    with pytest.raises(UnsafeSettings, match="IUC_IDENTITY_SECRET is not set"):
        async with _lifespan():
            pass
    with pytest.raises(UnsafeSettings, match="gateway refuses to start: IUC_ADMIN_API_KEY has 19 characters"):
        async with _lifespan(IUC_IDENTITY_SECRET=secrets.token_urlsafe(32), IUC_ADMIN_API_KEY="change-me-admin-key"):
            pass


async def test_the_migration_peppers_every_stored_hash_and_the_keys_keep_working(tmp_path, monkeypatch):
    url = migrated_database(tmp_path, "gateway-0001", revision="0001")
    key = generate_key()
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO api_keys (id, name, key_hash, key_prefix, role, scopes, created_at)"
                " VALUES ('k1', 'old', :h, :p, 'partner', '[\"value_chains:read\"]', CURRENT_TIMESTAMP)"
            ),
            {"h": hashlib.sha256(key.encode()).hexdigest(), "p": key[:8]},
        )
    await engine.dispose()
    pepper = "migration-pepper-" + secrets.token_urlsafe(16)
    monkeypatch.setenv("IUC_KEY_PEPPER", pepper)
    migrate_to(url)

    engine = make_engine(url)
    sessionmaker = make_sessionmaker(engine)
    found = await client_key(sessionmaker, "k1", key, pepper.encode())
    with pytest.raises(WrongPepper):  # the migration recorded the pepper it used
        await check_pepper(sessionmaker, b"a gateway started with another pepper")
    await engine.dispose()
    assert found is not None and found.key_hash == hash_key(key, pepper.encode())
    assert found.key_prefix == "iuc_" and found.organisation_ids == []


async def test_a_key_store_refuses_another_pepper_than_the_one_it_was_made_with(fresh_gateway_db):
    engine = make_engine(fresh_gateway_db)
    sessionmaker = make_sessionmaker(engine)
    await check_pepper(sessionmaker, b"first")  # a new store records its pepper
    await check_pepper(sessionmaker, b"first")
    with pytest.raises(WrongPepper, match="IUC_KEY_PEPPER"):
        await check_pepper(sessionmaker, b"second")
    await engine.dispose()
