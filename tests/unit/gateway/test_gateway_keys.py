"""API keys: generation, hashing, the binding and scope rules, bootstrap and the CLI."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from gateway import keys
from gateway.keys import (
    KeyRuleError,
    client_key,
    ensure_bootstrap_admin,
    generate_key,
    hash_key,
    identity_of,
    new_api_key,
)
from gateway.models import ApiKey
from shared.db import make_engine, make_sessionmaker
from shared.identity import ROLE_DEFAULT_SCOPES, Role


def test_keys_are_long_random_and_recognisable():
    a, b = generate_key(), generate_key()
    assert a != b
    assert a.startswith("iuc_") and len(a) >= 4 + 43


def test_a_key_is_stored_as_its_sha256():
    key = generate_key()
    assert hash_key(key) == hashlib.sha256(key.encode()).hexdigest()
    assert hash_key(key.encode()) == hash_key(key)
    row, plain = new_api_key("partner", Role.partner, key=key)
    assert plain == key and row.key_hash == hash_key(key)
    assert key not in (row.key_hash, row.key_prefix) and row.key_prefix == key[:8]


def test_a_key_gets_its_roles_default_scopes():
    row, _ = new_api_key("dash", "dashboard")
    assert set(row.scopes) == ROLE_DEFAULT_SCOPES[Role.dashboard]


def test_a_key_may_be_narrower_than_its_role_but_not_wider():
    row, _ = new_api_key("read only", "partner", scopes=["cities:read"])
    assert row.scopes == ["cities:read"]
    with pytest.raises(KeyRuleError, match="does not grant"):
        new_api_key("greedy", "partner", scopes=["cities:read", "applications:write"])
    row, _ = new_api_key("ops", "admin", scopes=["covenant:write"])
    assert row.scopes == ["covenant:write"]


@pytest.mark.parametrize(
    ("role", "binding", "message"),
    [
        ("city", {}, "bound to a city"),
        ("covenant_office", {}, "bound to a regional covenant"),
        ("partner", {"city_id": "c-1"}, "cannot be bound to a city"),
        ("city", {"city_id": "c-1", "regional_covenant": "europe"}, "cannot be bound to a regional covenant"),
        ("overlord", {}, "Unknown role"),
    ],
)
def test_a_binding_must_fit_the_role(role, binding, message):
    with pytest.raises(KeyRuleError, match=message):
        new_api_key("k", role, **binding)


def test_a_bound_key_carries_its_binding_into_the_identity():
    row, _ = new_api_key("Office", "covenant_office", regional_covenant="latin-america")
    identity = identity_of(row)
    assert identity.subject == row.id and identity.role == Role.covenant_office
    assert identity.regional_covenant == "latin-america" and identity.name == "Office"


async def test_the_bootstrap_admin_is_upserted_rotated_and_never_revived(fresh_gateway_db):
    engine = make_engine(fresh_gateway_db)
    sessionmaker = make_sessionmaker(engine)

    async def rows() -> list[ApiKey]:
        async with sessionmaker() as session:
            return list(await session.scalars(select(ApiKey).order_by(ApiKey.created_at)))

    first, second = generate_key(), generate_key()
    await ensure_bootstrap_admin(sessionmaker, first)
    await ensure_bootstrap_admin(sessionmaker, first)
    [row] = await rows()
    assert row.role == "admin" and row.scopes == ["*"] and row.name == "bootstrap-admin" and row.is_active

    await ensure_bootstrap_admin(sessionmaker, second)  # the operator rotated the key
    old, new = await rows()
    assert not old.is_active and new.is_active and new.key_hash == hash_key(second)

    await ensure_bootstrap_admin(sessionmaker, first)  # a revoked key stays revoked
    assert [r.is_active for r in await rows()] == [False, True]
    await engine.dispose()


async def test_a_client_is_a_key_its_id_and_its_value_while_it_is_active(fresh_gateway_db):
    engine = make_engine(fresh_gateway_db)
    sessionmaker = make_sessionmaker(engine)
    row, key = new_api_key("partner", Role.admin)
    other, other_key = new_api_key("other", Role.admin)
    async with sessionmaker() as session, session.begin():
        session.add_all([row, other])

    found = await client_key(sessionmaker, row.id, key)
    assert found is not None and found.id == row.id
    assert await client_key(sessionmaker, other.id, key) is None  # another key's id
    assert await client_key(sessionmaker, row.id, other_key) is None  # another key's value
    assert await client_key(sessionmaker, row.id, generate_key()) is None  # no such key

    async with sessionmaker() as session, session.begin():
        (await session.get(ApiKey, row.id)).revoked_at = datetime.now(UTC)
    assert await client_key(sessionmaker, row.id, key) is None
    await engine.dispose()


def run_cli(*argv: str) -> int:
    """The CLI runs its own event loop, so it gets a thread of its own."""
    result: list[int] = []
    t = threading.Thread(target=lambda: result.append(keys.main(list(argv))))
    t.start()
    t.join()
    return result[0]


def test_the_cli_creates_lists_and_revokes(fresh_gateway_db, capsys):
    url = fresh_gateway_db
    assert run_cli("--url", url, "create", "--name", "Lyon", "--role", "city", "--city-id", "c-lyon") == 0
    out = capsys.readouterr().out
    key = out.strip().splitlines()[-1]
    key_id = out.split()[0]
    assert key.startswith("iuc_")

    assert run_cli("--url", url, "create", "--name", "Lyon", "--role", "city") == 2
    assert "bound to a city" in capsys.readouterr().err

    assert run_cli("--url", url, "list") == 0
    listing = capsys.readouterr().out
    assert key_id in listing and key[:8] in listing and key not in listing

    assert run_cli("--url", url, "revoke", key_id) == 0
    assert "revoked" in capsys.readouterr().out
    assert run_cli("--url", url, "revoke", "no-such-id") == 1
