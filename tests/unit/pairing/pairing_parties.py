"""Parties for the pairing unit tests (not a test module)."""

from __future__ import annotations

from services.pairing.domain import Party, PartyKind, world_region_of


def city(
    pid: str, country: str = "FR", population: int = 500_000, themes=(), sdgs=(), languages=(), challenges: str = ""
) -> Party:
    """A city party with its world region derived from the country."""
    return Party(
        id=pid,
        kind=PartyKind.city,
        name=pid.title(),
        country_code=country,
        world_region=world_region_of(country),
        population=population,
        themes=frozenset(themes),
        sdgs=frozenset(sdgs),
        languages=frozenset(languages),
        challenges=challenges,
    )
