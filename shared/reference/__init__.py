"""Reference lists the product needs at run time: countries with their UN M49 regions,
and the EU member states (from NUTS 2024). Sources and licences: data/NOTICE.md."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# NUTS writes Greece as EL and the United Kingdom (pre-2020) as UK; ISO 3166 says GR and GB.
_NUTS_TO_ISO = {"EL": "GR", "UK": "GB"}


class WorldRegion(StrEnum):
    """The programme's world regions, derived from UN M49 and EU membership."""

    eu = "eu"
    latin_america_caribbean = "latin_america_caribbean"
    north_america = "north_america"
    asia = "asia"
    africa = "africa"
    oceania = "oceania"
    other_europe = "other_europe"
    other = "other"  # Antarctica, which has no M49 region


@dataclass(frozen=True)
class Country:
    """One ISO 3166-1 country with what the platform uses of it."""

    alpha2: str
    alpha3: str
    name: str
    m49_region: str
    m49_subregion: str
    m49_intermediate_region: str
    languages: tuple[str, ...]  # ISO 639-1 codes, most used first
    world_region: WorldRegion


@cache
def eu_member_codes() -> frozenset[str]:
    """ISO alpha-2 codes of the 27 EU member states."""
    with open(DATA / "nuts2024.csv", newline="", encoding="utf-8") as f:
        codes = {row["country_code"] for row in csv.DictReader(f)}
    return frozenset(_NUTS_TO_ISO.get(c, c) for c in codes)


def derive_world_region(alpha2: str, region: str, subregion: str) -> WorldRegion:
    """The programme region of a country from its M49 region and EU membership."""
    if alpha2 in eu_member_codes():
        return WorldRegion.eu
    if subregion == "Latin America and the Caribbean":
        return WorldRegion.latin_america_caribbean
    if subregion == "Northern America":
        return WorldRegion.north_america
    return {
        "Asia": WorldRegion.asia,
        "Africa": WorldRegion.africa,
        "Oceania": WorldRegion.oceania,
        "Europe": WorldRegion.other_europe,
    }.get(region, WorldRegion.other)


def _languages(raw: str) -> tuple[str, ...]:
    seen: list[str] = []
    for tag in raw.split(","):
        code = tag.strip().split("-")[0].lower()
        if len(code) == 2 and code not in seen:
            seen.append(code)
    return tuple(seen)


@cache
def countries() -> dict[str, Country]:
    """Every country by ISO alpha-2 code."""
    out: dict[str, Country] = {}
    with open(DATA / "country_codes.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a2 = row["ISO3166-1-Alpha-2"].strip()
            if len(a2) != 2:
                continue
            region, sub = row["Region Name"], row["Sub-region Name"]
            out[a2] = Country(
                alpha2=a2,
                alpha3=row["ISO3166-1-Alpha-3"],
                name=row["CLDR display name"] or row["official_name_en"],
                m49_region=region,
                m49_subregion=sub,
                m49_intermediate_region=row["Intermediate Region Name"],
                languages=_languages(row["Languages"]),
                world_region=derive_world_region(a2, region, sub),
            )
    # XK is the user-assigned code the EU and GeoNames use for Kosovo; ISO 3166-1 has none.
    out.setdefault(
        "XK",
        Country("XK", "XKX", "Kosovo", "Europe", "Southern Europe", "", ("sq", "sr"), WorldRegion.other_europe),
    )
    return out


def country(alpha2: str) -> Country | None:
    """The country with that alpha-2 code (case-insensitive), or None."""
    return countries().get(alpha2.strip().upper())
