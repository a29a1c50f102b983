"""API keys: generation, hashing, the binding and scope rules, bootstrap and the CLI."""

from __future__ import annotations

import hashlib
import hmac
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from gateway import keys
from gateway.config import get_settings
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

PEPPER = b"unit-test-pepper-" + generate_key().encode()


def new_key(*args, **kw):
    return new_api_key(*args, pepper=PEPPER, **kw)


def test_keys_are_long_random_and_recognisable():
    a, b = generate_key(), generate_key()
    assert a != b
    assert a.startswith("iuc_") and len(a) >= 4 + 43


def test_a_key_is_stored_as_the_peppered_hmac_of_its_sha256():
    key = generate_key()
    sha = hashlib.sha256(key.encode()).hexdigest()
    assert hash_key(key, PEPPER) == hmac.new(PEPPER, sha.encode(), hashlib.sha256).hexdigest()
    assert hash_key(key.encode(), PEPPER) == hash_key(key, PEPPER)
    assert hash_key(key, b"another pepper") != hash_key(key, PEPPER) != sha  # a stolen table is worthless alone
    row, plain = new_key("partner", Role.partner, key=key)
    assert plain == key and row.key_hash == hash_key(key, PEPPER)


def test_no_character_of_a_keys_secret_is_kept_in_clear():
    row, key = new_key("partner", Role.partner)
    assert row.key_prefix == "iuc_" and key[4:8] not in row.key_prefix
    row, _ = new_key("bootstrap", Role.admin, key="X" + generate_key())
    assert row.key_prefix == ""


def test_a_key_gets_its_roles_default_scopes():
    row, _ = new_key("dash", "dashboard")
    assert set(row.scopes) == ROLE_DEFAULT_SCOPES[Role.dashboard]


def test_a_key_may_be_narrower_than_its_role_but_not_wider():
    row, _ = new_key("read only", "partner", scopes=["cities:read"])
    assert row.scopes == ["cities:read"]
    with pytest.raises(KeyRuleError, match="does not grant"):
        new_key("greedy", "partner", scopes=["cities:read", "applications:write"])
    row, _ = new_key("ops", "admin", scopes=["covenant:write"])
    assert row.scopes == ["covenant:write"]


@pytest.mark.parametrize(
    ("role", "binding", "message"),
    [
        ("city", {}, "bound to a city"),
        ("covenant_office", {}, "bound to a regional covenant"),
        ("partner", {"city_id": "c-1"}, "cannot be bound to a city"),
        ("city", {"city_id": "c-1", "regional_covenant": "europe"}, "cannot be bound to a regional covenant"),
        ("overlord", {}, "Unknown role"),
        ("city", {"city_id": "c-1", "organisation_ids": ["org-1"]}, "only partner keys are"),
        ("admin", {"organisation_ids": ["org-1"]}, "only partner keys are"),
        ("partner", {"organisation_ids": ["org 1; drop"]}, "Not an organisation id"),
    ],
)
def test_a_binding_must_fit_the_role(role, binding, message):
    with pytest.raises(KeyRuleError, match=message):
        new_key("k", role, **binding)


def test_a_bound_key_carries_its_binding_into_the_identity():
    row, _ = new_key("Office", "covenant_office", regional_covenant="latin-america")
    identity = identity_of(row)
    assert identity.subject == row.id and identity.role == Role.covenant_office
    assert identity.regional_covenant == "latin-america" and identity.name == "Office"


def test_a_partner_key_is_bound_to_its_organisations_or_is_read_only():
    row, _ = new_key("EEN Andalucía", "partner", organisation_ids=["org-b", "org-a", "org-b", " "])
    assert row.organisation_ids == ["org-a", "org-b"]
    identity = identity_of(row)
    assert identity.organisation_ids == {"org-a", "org-b"}
    assert identity.acts_for_organisation("org-a") and not identity.acts_for_organisation("org-c")
    unbound = identity_of(new_key("reader", "partner")[0])
    assert unbound.organisation_ids == frozenset() and not unbound.acts_for_organisation("org-a")


async def test_the_bootstrap_admin_is_upserted_rotated_and_never_revived(fresh_gateway_db):
    engine = make_engine(fresh_gateway_db)
    sessionmaker = make_sessionmaker(engine)

    async def rows() -> list[ApiKey]:
        async with sessionmaker() as session:
            return list(await session.scalars(select(ApiKey).order_by(ApiKey.created_at)))

    first, second = generate_key(), generate_key()
    await ensure_bootstrap_admin(sessionmaker, first, PEPPER)
    await ensure_bootstrap_admin(sessionmaker, first, PEPPER)
    [row] = await rows()
    assert row.role == "admin" and row.scopes == ["*"] and row.name == "bootstrap-admin" and row.is_active

    await ensure_bootstrap_admin(sessionmaker, second, PEPPER)  # the operator rotated the key
    old, new = await rows()
    assert not old.is_active and new.is_active and new.key_hash == hash_key(second, PEPPER)

    await ensure_bootstrap_admin(sessionmaker, first, PEPPER)  # a revoked key stays revoked
    assert [r.is_active for r in await rows()] == [False, True]
    await engine.dispose()


async def test_a_weak_bootstrap_admin_key_is_refused_and_not_stored(fresh_gateway_db):
    engine = make_engine(fresh_gateway_db)
    sessionmaker = make_sessionmaker(engine)
    with pytest.raises(KeyRuleError, match=r"secrets\.token_urlsafe"):
        await ensure_bootstrap_admin(sessionmaker, "change-me-admin-key", PEPPER)
    async with sessionmaker() as session:
        assert list(await session.scalars(select(ApiKey))) == []
    await engine.dispose()


async def test_a_client_is_a_key_its_id_and_its_value_while_it_is_active(fresh_gateway_db):
    engine = make_engine(fresh_gateway_db)
    sessionmaker = make_sessionmaker(engine)
    row, key = new_key("partner", Role.admin)
    other, other_key = new_key("other", Role.admin)
    async with sessionmaker() as session, session.begin():
        session.add_all([row, other])

    found = await client_key(sessionmaker, row.id, key, PEPPER)
    assert found is not None and found.id == row.id
    assert await client_key(sessionmaker, other.id, key, PEPPER) is None  # another key's id
    assert await client_key(sessionmaker, row.id, other_key, PEPPER) is None  # another key's value
    assert await client_key(sessionmaker, row.id, generate_key(), PEPPER) is None  # no such key
    assert await client_key(sessionmaker, row.id, key, b"another pepper") is None

    async with sessionmaker() as session, session.begin():
        (await session.get(ApiKey, row.id)).revoked_at = datetime.now(UTC)
    assert await client_key(sessionmaker, row.id, key, PEPPER) is None
    await engine.dispose()


def run_cli(*argv: str) -> int:
    """The CLI runs its own event loop, so it gets a thread of its own."""
    result: list[int] = []
    t = threading.Thread(target=lambda: result.append(keys.main(list(argv))))
    t.start()
    t.join()
    return result[0]


@pytest.fixture
def cli_pepper(monkeypatch):
    """The pepper the CLI reads from the environment, as the gateway does."""
    monkeypatch.setenv("IUC_KEY_PEPPER", PEPPER.decode())
    get_settings.cache_clear()
    yield PEPPER
    get_settings.cache_clear()


def test_the_cli_creates_lists_and_revokes(fresh_gateway_db, capsys, cli_pepper):
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
    assert key_id in listing and key[4:12] not in listing and "iuc_…" in listing

    assert run_cli("--url", url, "revoke", key_id) == 0
    assert "revoked" in capsys.readouterr().out
    assert run_cli("--url", url, "revoke", "no-such-id") == 1


async def test_the_cli_binds_a_partner_to_organisations_and_the_hash_uses_the_pepper(fresh_gateway_db, capsys, cli_pepper):
    url = fresh_gateway_db
    argv = ["--url", url, "create", "--name", "EEN", "--role", "partner"]
    assert run_cli(*argv, "--organisation-id", "org-1", "--organisation-id", "org-2") == 0
    out = capsys.readouterr().out
    key_id, key = out.split()[0], out.strip().splitlines()[-1]
    assert "organisations=org-1,org-2" in out
    assert run_cli("--url", url, "create", "--name", "EEN", "--role", "dashboard", "--organisation-id", "org-1") == 2
    assert "only partner keys" in capsys.readouterr().err

    assert run_cli("--url", url, "bind", key_id, "--organisation-id", "org-3") == 0
    assert "organisations=org-3" in capsys.readouterr().out
    assert run_cli("--url", url, "bind", key_id) == 2  # neither organisations nor --clear
    capsys.readouterr()
    assert run_cli("--url", url, "bind", key_id, "--clear") == 0
    assert "read-only" in capsys.readouterr().out
    assert run_cli("--url", url, "bind", "no-such-id", "--clear") == 1

    engine = make_engine(url)
    async with make_sessionmaker(engine)() as session:
        row = await session.get(ApiKey, key_id)
    await engine.dispose()
    assert row.organisation_ids == [] and row.key_hash == hash_key(key, cli_pepper)


def test_the_cli_refuses_a_pepper_the_key_store_was_not_made_with(fresh_gateway_db, capsys, cli_pepper, monkeypatch):
    assert run_cli("--url", fresh_gateway_db, "list") == 0
    monkeypatch.setenv("IUC_KEY_PEPPER", "another pepper")
    get_settings.cache_clear()
    assert run_cli("--url", fresh_gateway_db, "create", "--name", "x", "--role", "dashboard") == 2
    assert "not the pepper this key store" in capsys.readouterr().err
