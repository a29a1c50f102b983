"""Economic reference lists: NACE Rev. 2 activities and the EU's 14 industrial ecosystems.
Sources and licences: data/NOTICE.md."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from shared.reference import DATA


@dataclass(frozen=True)
class NaceCode:
    """One NACE Rev. 2 entry: a section (level 1), division (2), group (3) or class (4)."""

    code: str  # "C", "26", "26.1", "26.11"
    level: int
    parent: str | None
    section: str
    name_en: str
    name_es: str


@dataclass(frozen=True)
class Ecosystem:
    """One of the EU's 14 industrial ecosystems (2021 industrial strategy update)."""

    number: int
    slug: str  # stable identifier used on the wire, e.g. "energy_renewables"
    name: str


@cache
def nace_codes() -> dict[str, NaceCode]:
    """Every NACE Rev. 2 code by code."""
    out: dict[str, NaceCode] = {}
    with open(DATA / "nace_rev2.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["code"]] = NaceCode(
                code=row["code"],
                level=int(row["level"]),
                parent=row["parent"] or None,
                section=row["section"],
                name_en=row["name_en"],
                name_es=row["name_es"],
            )
    return out


def nace_code(code: str) -> NaceCode | None:
    """The NACE entry of a code (case of the section letter ignored), or None."""
    return nace_codes().get(code.strip().upper())


def nace_lineage(code: str) -> tuple[str, ...]:
    """The code and its ancestors up to the section, most specific first; () if unknown."""
    entry = nace_code(code)
    out: list[str] = []
    while entry is not None:
        out.append(entry.code)
        entry = nace_codes().get(entry.parent) if entry.parent else None
    return tuple(out)


def _slug(name: str) -> str:
    # "Cultural and creative industries (CCI)" -> "cultural_and_creative_industries"
    name = re.sub(r"\(.*?\)", "", name).lower()
    return re.sub(r"[^a-z0-9]+", "_", name).strip("_")


@cache
def ecosystems() -> dict[str, Ecosystem]:
    """The 14 industrial ecosystems by slug, in their published order."""
    out: dict[str, Ecosystem] = {}
    with open(DATA / "eu_industrial_ecosystems.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            eco = Ecosystem(number=int(row["id"]), slug=_slug(row["name"]), name=row["name"])
            out[eco.slug] = eco
    return out


def nace_descendants(code: str) -> frozenset[str]:
    """The code and every code below it (a section's divisions, groups and classes)."""
    entry = nace_code(code)
    if entry is None:
        return frozenset()
    return frozenset(c for c in nace_codes() if entry.code in nace_lineage(c))
