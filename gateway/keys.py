"""API keys: making, hashing and checking them, and a command line to manage them.

python -m gateway.keys create --name NAME --role ROLE [--scopes a,b] [--city-id ID] [--regional-covenant NAME]
                              [--organisation-id ID ...]   (a partner: once per organisation it acts for)
python -m gateway.keys bind ID --organisation-id ID [...] | --clear   (a partner key's organisations)
python -m gateway.keys list
python -m gateway.keys revoke ID

Keys are stored as HMAC-SHA256(pepper, sha256(key)): a copy of the key table is worthless without
the pepper (IUC_KEY_PEPPER), and a migration could convert the older sha256 hashes without the keys.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import logging
import re
import secrets
import sys
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway import repository
from gateway.keystrength import admin_key_problem
from gateway.models import ApiKey
from shared.identity import (
    ROLE_DEFAULT_SCOPES,
    ROLES_NEEDING_CITY,
    ROLES_NEEDING_COVENANT,
    Identity,
    Role,
)
from shared.ids import new_id

log = logging.getLogger("iuc.gateway.keys")

KEY_PREFIX = "iuc_"
BOOTSTRAP_ADMIN_NAME = "bootstrap-admin"
# An organisation id as the value_chains service makes them (UUIDv7), or any short plain id.
_ORGANISATION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


class KeyRuleError(ValueError):
    """A key that would break the binding or scope rules."""


def generate_key() -> str:
    """A new random key: 256 bits of entropy behind a recognisable prefix."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(key: str | bytes, pepper: bytes) -> str:
    """The stored form of a key: HMAC-SHA256 with the server's pepper of the key's sha256 (hex)."""
    digest = hashlib.sha256(key.encode() if isinstance(key, str) else key).hexdigest()
    return hmac.new(pepper, digest.encode(), hashlib.sha256).hexdigest()


def pepper_fingerprint(pepper: bytes) -> str:
    """What the key store records of its pepper: enough to tell another pepper, nothing to recover it."""
    return hmac.new(pepper, b"iuc key store pepper check", hashlib.sha256).hexdigest()


class WrongPepper(KeyRuleError):
    """The pepper is not the one the key store's hashes were made with."""


async def check_pepper(sessionmaker: async_sessionmaker[AsyncSession], pepper: bytes) -> None:
    """Record the pepper's fingerprint in a new key store; WrongPepper if the store has another one."""
    mine = pepper_fingerprint(pepper)
    async with sessionmaker() as session:
        recorded = await repository.pepper_fingerprint(session)
    if recorded is None:
        try:
            async with sessionmaker() as session, session.begin():
                repository.record_pepper_fingerprint(session, mine)
            return
        except IntegrityError:  # another gateway recorded one at the same time
            async with sessionmaker() as session:
                recorded = await repository.pepper_fingerprint(session)
    if not hmac.compare_digest(recorded, mine):
        raise WrongPepper(
            "IUC_KEY_PEPPER (or var/key-pepper) is not the pepper this key store's keys were hashed with: "
            "no key would match. Set the platform's IUC_KEY_PEPPER."
        )


def public_prefix(key: str) -> str:
    """What of a key may be shown: its scheme prefix, never a character of its secret part."""
    return KEY_PREFIX if key.startswith(KEY_PREFIX) else ""


def resolve_scopes(role: Role, scopes: Iterable[str] | None) -> list[str]:
    """The role's default scopes, or the requested ones if the role grants them all."""
    defaults = ROLE_DEFAULT_SCOPES[role]
    if scopes is None:
        return sorted(defaults)
    wanted = sorted({s.strip() for s in scopes if s.strip()})
    if not wanted:
        raise KeyRuleError("A key needs at least one scope.")
    # A key may be narrower than its role, never wider.
    grant = Identity(subject="-", role=role, scopes=defaults)
    too_wide = [s for s in wanted if not grant.has_scope(s)]
    if too_wide:
        raise KeyRuleError(f"The role {role.value} does not grant {', '.join(too_wide)}.")
    return wanted


def check_organisations(role: Role, organisation_ids: Iterable[str]) -> list[str]:
    """The organisations of a partner key, sorted and checked; only partner keys have any."""
    ids = sorted({o.strip() for o in organisation_ids if o.strip()})
    if ids and role != Role.partner:
        raise KeyRuleError(f"A {role.value} key cannot be bound to organisations; only partner keys are.")
    bad = [o for o in ids if not _ORGANISATION_ID.match(o)]
    if bad:
        raise KeyRuleError(f"Not an organisation id: {', '.join(map(repr, bad))} (the id the value_chains service gave it).")
    if len(ids) > 100:
        raise KeyRuleError("A key acts for at most 100 organisations.")
    return ids


def check_binding(role: Role, city_id: str | None, regional_covenant: str | None) -> None:
    """Refuse a key whose binding does not fit its role."""
    if role in ROLES_NEEDING_CITY and not city_id:
        raise KeyRuleError(f"A {role.value} key must be bound to a city (--city-id).")
    if role in ROLES_NEEDING_COVENANT and not regional_covenant:
        raise KeyRuleError(f"A {role.value} key must be bound to a regional covenant (--regional-covenant).")
    # A binding the role ignores would make the key look narrower than it is.
    if city_id and role not in ROLES_NEEDING_CITY:
        raise KeyRuleError(f"A {role.value} key cannot be bound to a city.")
    if regional_covenant and role not in ROLES_NEEDING_COVENANT:
        raise KeyRuleError(f"A {role.value} key cannot be bound to a regional covenant.")


def new_api_key(
    name: str,
    role: Role | str,
    scopes: Iterable[str] | None = None,
    city_id: str | None = None,
    regional_covenant: str | None = None,
    key: str | None = None,
    *,
    pepper: bytes,
    organisation_ids: Iterable[str] = (),
) -> tuple[ApiKey, str]:
    """A checked, unsaved key row and the key itself (shown once, never stored)."""
    try:
        role = Role(role)
    except ValueError as exc:
        raise KeyRuleError(f"Unknown role {role!r}; one of {', '.join(r.value for r in Role)}.") from exc
    if not name.strip():
        raise KeyRuleError("A key needs a name.")
    check_binding(role, city_id, regional_covenant)
    organisations = check_organisations(role, organisation_ids)
    key = key or generate_key()
    row = ApiKey(
        id=new_id(),
        name=name.strip(),
        key_hash=hash_key(key, pepper),
        key_prefix=public_prefix(key),
        role=role.value,
        scopes=resolve_scopes(role, scopes),
        city_id=city_id,
        regional_covenant=regional_covenant,
        organisation_ids=organisations,
        created_at=datetime.now(UTC),
    )
    return row, key


def identity_of(key: ApiKey) -> Identity:
    """The identity a key stands for."""
    return Identity(
        subject=key.id,
        role=Role(key.role),
        scopes=frozenset(key.scopes or ()),
        city_id=key.city_id,
        regional_covenant=key.regional_covenant,
        organisation_ids=frozenset(key.organisation_ids or ()),
        name=key.name,
    )


async def client_key(
    sessionmaker: async_sessionmaker[AsyncSession], client_id: str, client_secret: str, pepper: bytes
) -> ApiKey | None:
    """The active key whose value is `client_secret` and id `client_id`; None if there is none."""
    async with sessionmaker() as session:
        key = await repository.key_by_hash(session, hash_key(client_secret, pepper))
    # Constant time, so the answer's timing does not tell how much of a key's id a caller guessed.
    if key is None or not key.is_active or not hmac.compare_digest(key.id.encode(), client_id.encode()):
        return None
    return key


async def ensure_bootstrap_admin(sessionmaker: async_sessionmaker[AsyncSession], key: str, pepper: bytes) -> None:
    """Make `key` a working admin key; older bootstrap keys with another value are revoked.

    KeyRuleError if the key is too weak to open everything (`admin_key_problem`)."""
    problem = admin_key_problem(key)
    if problem:
        raise KeyRuleError(problem)
    key_hash = hash_key(key, pepper)
    async with sessionmaker() as session, session.begin():
        existing = await repository.key_by_hash(session, key_hash)
        if existing is not None and not existing.is_active:
            # Someone revoked it on purpose; the environment must not quietly undo that.
            log.warning("IUC_ADMIN_API_KEY is a revoked key (%s); it stays revoked", existing.id)
            return
        for older in await repository.active_keys_named(session, BOOTSTRAP_ADMIN_NAME):
            if older.key_hash != key_hash:
                repository.revoke(older)
        if existing is not None:
            existing.role, existing.scopes = Role.admin.value, ["*"]
            return
        row, _ = new_api_key(BOOTSTRAP_ADMIN_NAME, Role.admin, ["*"], key=key, pepper=pepper)
        repository.add_key(session, row)
        log.info("bootstrap admin key %s created", row.id)


# --- command line -------------------------------------------------------------------------


def _binding(k: ApiKey) -> str:
    if k.city_id:
        return f"city={k.city_id}"
    if k.regional_covenant:
        return f"covenant={k.regional_covenant}"
    if k.organisation_ids:
        return "organisations=" + ",".join(k.organisation_ids)
    return "read-only (no organisation)" if k.role == Role.partner.value else "-"


def _print_key(k: ApiKey) -> None:
    binding = _binding(k)
    state = f"revoked {k.revoked_at:%Y-%m-%d %H:%M}" if k.revoked_at else "active"
    print(f"{k.id}  {k.key_prefix}…  {k.role:<15} {binding:<24} {state:<24} {k.name}  [{','.join(k.scopes)}]")


async def _run(args: argparse.Namespace) -> int:
    from gateway.config import get_settings
    from shared.db import make_engine, make_sessionmaker

    settings = get_settings()
    engine = make_engine(args.url or settings.resolved_database_url())
    sessionmaker = make_sessionmaker(engine)
    try:
        await check_pepper(sessionmaker, settings.resolved_key_pepper())
        async with sessionmaker() as session, session.begin():
            if args.command == "create":
                scopes = args.scopes.split(",") if args.scopes else None
                row, key = new_api_key(
                    args.name,
                    args.role,
                    scopes,
                    args.city_id,
                    args.regional_covenant,
                    pepper=settings.resolved_key_pepper(),
                    organisation_ids=args.organisation_id or (),
                )
                repository.add_key(session, row)
                _print_key(row)
                print(f"\nAPI key (shown once, store it now):\n{key}")
            elif args.command == "list":
                for k in await repository.list_keys(session, include_revoked=args.all):
                    _print_key(k)
            elif args.command == "bind":
                k = await repository.key_by_id(session, args.id)
                if k is None:
                    print(f"No key {args.id}.", file=sys.stderr)
                    return 1
                if bool(args.organisation_id) == args.clear:
                    raise KeyRuleError("Give --organisation-id (once per organisation) or --clear, one of the two.")
                if Role(k.role) != Role.partner:
                    raise KeyRuleError(f"A {k.role} key cannot be bound to organisations; only partner keys are.")
                k.organisation_ids = check_organisations(Role.partner, args.organisation_id or ())
                _print_key(k)
                print("Gateways use the new organisations within their key cache time (30 s by default).")
            else:
                k = await repository.key_by_id(session, args.id)
                if k is None:
                    print(f"No key {args.id}.", file=sys.stderr)
                    return 1
                repository.revoke(k)
                _print_key(k)
                print("Revoked; gateways stop accepting it within their key cache time (30 s by default).")
    finally:
        await engine.dispose()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m gateway.keys`."""
    parser = argparse.ArgumentParser(prog="python -m gateway.keys", description="Manage the gateway's API keys.")
    parser.add_argument("--url", help="database URL (default: the gateway's settings)")
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create", help="create a key and print it once")
    create.add_argument("--name", required=True)
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument("--scopes", help="comma-separated; default: the role's scopes")
    create.add_argument("--city-id")
    create.add_argument("--regional-covenant")
    create.add_argument(
        "--organisation-id", action="append", help="a partner's organisation; repeat it for a network acting for several"
    )
    bind = sub.add_parser("bind", help="set the organisations a partner key acts for")
    bind.add_argument("id")
    bind.add_argument("--organisation-id", action="append", help="repeat it for each organisation")
    bind.add_argument("--clear", action="store_true", help="no organisation: the key becomes read-only")
    listing = sub.add_parser("list", help="list keys")
    listing.add_argument("--all", action=argparse.BooleanOptionalAction, default=True, help="include revoked keys")
    revoke = sub.add_parser("revoke", help="revoke a key by id")
    revoke.add_argument("id")
    args = parser.parse_args(argv)
    try:
        return asyncio.run(_run(args))
    except KeyRuleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
