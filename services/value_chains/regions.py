"""The regions of the programme's regional-innovation component: EU NUTS 2024 regions and
Latin American & Caribbean ISO 3166-2 subdivisions, with their countries as level 0.

Plain Python over reference data; no web framework, no database.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import pycountry

from shared.reference import DATA, WorldRegion, countries

# NUTS writes Greece as EL; ISO 3166 says GR.
_NUTS_COUNTRY_TO_ISO = {"EL": "GR"}


class Side(StrEnum):
    """The two sides of the Atlantic the component connects."""

    eu = "eu"
    lac = "lac"


@dataclass(frozen=True)
class Region:
    """One region: an EU country or NUTS region, or a LAC country or ISO 3166-2 subdivision."""

    id: str  # NUTS code ("ES51", "EL30") or ISO code ("CO", "CO-ANT")
    name: str
    side: Side
    country_code: str  # ISO 3166-1 alpha-2
    level: int  # 0 country; NUTS 1-3; ISO 3166-2 subdivisions 1 (2 for a subdivision of one)
    parent_id: str | None
    classification: str  # nuts2024 | iso3166-1 | iso3166-2
    category: str  # "country", "NUTS 2", "Department", "State"...


def _eu_regions() -> list[Region]:
    out: list[Region] = []
    seen_countries: set[str] = set()
    with open(DATA / "nuts2024.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        nuts_country = row["country_code"]
        iso = _NUTS_COUNTRY_TO_ISO.get(nuts_country, nuts_country)
        if nuts_country not in seen_countries:
            seen_countries.add(nuts_country)
            c = countries().get(iso)
            out.append(Region(nuts_country, c.name if c else iso, Side.eu, iso, 0, None, "nuts2024", "country"))
        level = int(row["level"])
        out.append(
            Region(
                row["nuts_code"], row["label"], Side.eu, iso, level, row["parent"] or nuts_country, "nuts2024", f"NUTS {level}"
            )
        )
    return out


def _lac_regions() -> list[Region]:
    out: list[Region] = []
    for c in countries().values():
        if c.world_region != WorldRegion.latin_america_caribbean:
            continue
        out.append(Region(c.alpha2, c.name, Side.lac, c.alpha2, 0, None, "iso3166-1", "country"))
        subs = pycountry.subdivisions.get(country_code=c.alpha2) or []
        by_code = {s.code: s for s in subs}
        for s in subs:
            depth, parent = 1, s.parent_code
            while parent in by_code:
                depth, parent = depth + 1, by_code[parent].parent_code
            out.append(Region(s.code, s.name, Side.lac, c.alpha2, depth, s.parent_code or c.alpha2, "iso3166-2", s.type))
    return out


@cache
def regions() -> dict[str, Region]:
    """Every region by id, EU then LAC, each in reference order."""
    return {r.id: r for r in [*_eu_regions(), *_lac_regions()]}


def region(region_id: str) -> Region | None:
    """The region with that id (case-insensitive), or None."""
    return regions().get(region_id.strip().upper())


def lineage(region_id: str) -> tuple[str, ...]:
    """The region and its ancestors up to its country, most specific first; () if unknown."""
    out: list[str] = []
    r = region(region_id)
    while r is not None:
        out.append(r.id)
        r = regions().get(r.parent_id) if r.parent_id else None
    return tuple(out)


def within(region_id: str, area_id: str) -> bool:
    """True if `region_id` is `area_id` or lies inside it."""
    return area_id.strip().upper() in lineage(region_id)
