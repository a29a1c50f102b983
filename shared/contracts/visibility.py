"""Who may see an event: each contract declares what its events are about, and one rule decides
whether the owner of a webhook endpoint receives it (issue 15, docs/decisions/0025-webhooks.md).

A contract's `visibility` names the fields that say whose the event is (cities, regional
covenants, organisations, key subjects) as dotted paths into its payload, whether it is public,
and the scope that reads it. The rule then mirrors what the owner could read over the API:

- a key without the read scope of the event's family receives nothing of it;
- admin and dashboard keys receive every event their scopes read;
- a public event (a published practice, an opportunity) reaches every key that reads its family;
- otherwise a city key receives what is about its city, a covenant office key what is about its
  regional covenant, a partner key what is about one of its organisations, and any key what is
  about itself (its own endpoint disabled).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from shared.events import REGISTRY, EventPayload
from shared.identity import Identity, Role

SEES_EVERYTHING = {Role.admin, Role.dashboard}


@dataclass(frozen=True)
class Visibility:
    """What a contract's events are about, as dotted paths into the payload (a path may pass
    through a list: `member_cities.city_id` is every member's id)."""

    scope: str  # the read scope of the family, e.g. "covenant:read"
    public: bool = False
    cities: tuple[str, ...] = ()
    covenants: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()  # key ids (the owner of an endpoint)

    def paths(self) -> Iterator[str]:
        """Every path the declaration names."""
        yield from (*self.cities, *self.covenants, *self.organisations, *self.subjects)


@dataclass(frozen=True)
class Audience:
    """Who one event is about, read from its payload."""

    public: bool
    cities: frozenset[str]
    covenants: frozenset[str]
    organisations: frozenset[str]
    subjects: frozenset[str]


def _values(node: Any, path: list[str]) -> Iterator[str]:
    if node is None:
        return
    if isinstance(node, list | tuple | set | frozenset):
        for item in node:
            yield from _values(item, path)
        return
    if not path:
        yield str(node)
        return
    yield from _values(getattr(node, path[0], None), path[1:])


def _collect(payload: BaseModel, paths: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v for p in paths for v in _values(payload, p.split(".")))


def visibility_of(contract: type[EventPayload]) -> Visibility:
    """The contract's declaration; KeyError when it has none (every contract must)."""
    declared = getattr(contract, "visibility", None)
    if not isinstance(declared, Visibility):
        raise KeyError(f"{contract.event_type()} declares no visibility")
    return declared


def audience_of(payload: EventPayload) -> Audience:
    """Who the event is about."""
    v = visibility_of(type(payload))
    return Audience(
        public=v.public,
        cities=_collect(payload, v.cities),
        covenants=_collect(payload, v.covenants),
        organisations=_collect(payload, v.organisations),
        subjects=_collect(payload, v.subjects),
    )


def read_scope(event_type: str) -> str:
    """The scope that reads events of this type."""
    return visibility_of(REGISTRY[event_type]).scope


@dataclass(frozen=True)
class Owner:
    """The identity a webhook endpoint belongs to, as stored with the endpoint."""

    subject: str
    role: str
    scopes: frozenset[str]
    city_id: str | None = None
    regional_covenant: str | None = None
    organisation_ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, identity: Identity) -> Owner:
        return cls(
            subject=identity.subject,
            role=identity.role.value,
            scopes=frozenset(identity.scopes),
            city_id=identity.city_id,
            regional_covenant=identity.regional_covenant,
            organisation_ids=frozenset(identity.organisation_ids),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "role": self.role,
            "scopes": sorted(self.scopes),
            "city_id": self.city_id,
            "regional_covenant": self.regional_covenant,
            "organisation_ids": sorted(self.organisation_ids),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Owner:
        return cls(
            subject=data["subject"],
            role=data["role"],
            scopes=frozenset(data.get("scopes", ())),
            city_id=data.get("city_id"),
            regional_covenant=data.get("regional_covenant"),
            organisation_ids=frozenset(data.get("organisation_ids", ())),
        )

    def has_scope(self, scope: str) -> bool:
        """As `Identity.has_scope`: directly, through `*` or through `<family>:*`."""
        return Identity(subject=self.subject, role=Role(self.role), scopes=self.scopes).has_scope(scope)


def may_receive(owner: Owner, event_type: str, payload: EventPayload) -> bool:
    """Whether the owner of an endpoint may receive this event (the module's rule)."""
    if not owner.has_scope(read_scope(event_type)):
        return False
    role = Role(owner.role)
    if role in SEES_EVERYTHING:
        return True
    about = audience_of(payload)
    if about.public or owner.subject in about.subjects:
        return True
    if role == Role.city:
        return owner.city_id is not None and owner.city_id in about.cities
    if role == Role.covenant_office:
        return owner.regional_covenant is not None and owner.regional_covenant in about.covenants
    if role == Role.partner:
        return bool(owner.organisation_ids & about.organisations)
    return False


def matches(pattern: str, event_type: str) -> bool:
    """An endpoint's pattern: an exact type, or a prefix ending in `.*` (`iuc.covenant.*`)."""
    if pattern.endswith(".*"):
        return event_type.startswith(pattern[:-1])
    return pattern == event_type


def platform_contracts() -> dict[str, type[EventPayload]]:
    """The contracts of shared.contracts by type (tests register contracts of their own too)."""
    import shared.contracts  # noqa: F401 - registers every contract

    return {t: c for t, c in sorted(REGISTRY.items()) if c.__module__.startswith("shared.contracts.")}


def subscribable() -> list[str]:
    """Every pattern an endpoint may give: each type, and each prefix of one ending in `.*`
    (`iuc.*`, `iuc.covenant.*`, `iuc.covenant.signatory.*`, `iuc.covenant.signatory.joined.*`)."""
    found: set[str] = set()
    for event_type in platform_contracts():
        parts = event_type.split(".")
        found.add(event_type)
        found.update(".".join(parts[:n]) + ".*" for n in range(1, len(parts)))
    return sorted(found)


def event_catalogue() -> list[dict[str, Any]]:
    """Every event type one can subscribe to: its type, what it means and the JSON schema of its data."""
    return [
        {
            "type": event_type,
            "description": (contract.__doc__ or "").strip().splitlines()[0] if contract.__doc__ else "",
            "scope": visibility_of(contract).scope,
            "public": visibility_of(contract).public,
            "schema": contract.model_json_schema(),
        }
        for event_type, contract in platform_contracts().items()
    ]
