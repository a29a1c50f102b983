"""The callers of the authorisation matrix: real keys made with the documented command, and the
credentials an attacker would try (none, garbage, a revoked key, a forged identity header).

Actors are named for how they relate to the resource a row acts on, so one matrix row reads the
same for every operation: `city_own` is bound to the resource's city and `city_other` to another
(the issue's city B and city A), `office_own`/`office_other` are covenant offices of the
signatory's regional covenant and of another one, `partner_own`/`partner_other` are partner keys
bound to the organisation that owns the resource and to another organisation.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field

from deploy.stack import Stack
from shared.identity import IDENTITY_HEADER, Identity, Role, sign_identity
from tests.support.platform import create_client, revoke_key

# The regional covenant of the signatories the matrix writes (their country is in it), and another one.
OWN_COVENANT = "europe"
OTHER_COVENANT = "latin_america_caribbean"

ACTORS = (
    "anonymous",  # no credentials at all
    "garbage_key",  # an API key that was never issued
    "revoked_key",  # a real key, revoked
    "forged",  # no key, an admin identity header signed with a wrong secret
    "forged_dashboard",  # a dashboard key plus a forged admin identity header: the gateway must not honour it
    "dashboard",
    "reviewer",
    "city_other",
    "city_own",
    "office_other",
    "office_own",
    "partner_unbound",
    "partner_other",
    "partner_own",
    "admin",
)


async def make_key(
    stack: Stack,
    role: str,
    *,
    city_id: str | None = None,
    regional_covenant: str | None = None,
    organisation_ids: tuple[str, ...] = (),
) -> tuple[str, str]:
    """(key id, key) from the documented command, in a thread so the actors' keys are made concurrently."""
    return await asyncio.to_thread(
        create_client, stack, role, city_id=city_id, regional_covenant=regional_covenant, organisation_ids=organisation_ids
    )


async def revoke(stack: Stack, key_id: str) -> None:
    """Revoke a key with the documented command."""
    await asyncio.to_thread(revoke_key, stack, key_id)


def forged_identity() -> str:
    """An admin identity as the gateway would forward it, signed with a secret that is not the platform's."""
    fake = Identity(subject="forged", role=Role.admin, scopes=frozenset({"*"}))
    return sign_identity(fake, "not-the-platform-secret-" + secrets.token_hex(16))


@dataclass
class Actors:
    """Each actor's request headers, and the (id, key) pairs that are OAuth2 client credentials too."""

    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    credentials: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    async def create(
        cls, stack: Stack, *, own_city: str, other_city: str, own_organisation: str, other_organisation: str
    ) -> Actors:
        """Every actor's key, made in parallel (the command takes about a second)."""
        specs = {
            "dashboard": make_key(stack, "dashboard"),
            "reviewer": make_key(stack, "reviewer"),
            "city_own": make_key(stack, "city", city_id=own_city),
            "city_other": make_key(stack, "city", city_id=other_city),
            "office_own": make_key(stack, "covenant_office", regional_covenant=OWN_COVENANT),
            "office_other": make_key(stack, "covenant_office", regional_covenant=OTHER_COVENANT),
            "partner_unbound": make_key(stack, "partner"),
            "partner_own": make_key(stack, "partner", organisation_ids=(own_organisation,)),
            "partner_other": make_key(stack, "partner", organisation_ids=(other_organisation,)),
            "revoked_key": make_key(stack, "dashboard"),
        }
        made = dict(zip(specs, await asyncio.gather(*specs.values()), strict=True))
        await revoke(stack, made["revoked_key"][0])
        forged = forged_identity()
        headers = {name: {"X-API-Key": key} for name, (_, key) in made.items()}
        headers |= {
            "anonymous": {},
            "garbage_key": {"X-API-Key": "iuc_" + secrets.token_urlsafe(32)},
            "forged": {IDENTITY_HEADER: forged},
            "forged_dashboard": {"X-API-Key": made["dashboard"][1], IDENTITY_HEADER: forged},
            "admin": {"X-API-Key": stack.admin_api_key},
        }
        assert set(headers) == set(ACTORS)
        return cls(headers=headers, credentials=made)
