"""Checks of the codes the component is coded by: NACE Rev. 2, the 14 industrial ecosystems and
the regions (EU NUTS 2024, LAC ISO 3166), and the violation every rule of the domain reports.
Plain Python; domain.py re-exports them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from services.value_chains.regions import Region, region
from shared.reference.economy import ecosystems, nace_code


@dataclass(frozen=True)
class Violation:
    """One broken rule or bad field, named so a caller can act on it."""

    detail: str
    rule: str | None = None
    pointer: str | None = None
    code: str | None = None

    def as_error(self) -> dict:
        """The RFC 9457 errors[] entry."""
        return {k: v for k, v in (("pointer", self.pointer), ("rule", self.rule), ("code", self.code)) if v} | {
            "detail": self.detail
        }


# --- codes ------------------------------------------------------------------------------


def check_nace_codes(codes: Sequence[str], pointer: str) -> list[Violation]:
    """A violation for each code that is not in NACE Rev. 2."""
    return [
        Violation(f"{c!r} is not a NACE Rev. 2 code", pointer=f"{pointer}/{i}", code="unknown_nace_code")
        for i, c in enumerate(codes)
        if nace_code(c) is None
    ]


def normalise_nace(codes: Iterable[str]) -> list[str]:
    """Known codes in their canonical spelling, de-duplicated, sorted."""
    return sorted({entry.code for c in codes if (entry := nace_code(c)) is not None})


def check_ecosystem(slug: str | None, pointer: str) -> list[Violation]:
    """A violation if the slug is not one of the 14 industrial ecosystems."""
    if slug is None or slug in ecosystems():
        return []
    return [
        Violation(
            f"{slug!r} is not one of the EU's 14 industrial ecosystems ({', '.join(ecosystems())})",
            pointer=pointer,
            code="unknown_ecosystem",
        )
    ]


def check_region(region_id: str, pointer: str) -> tuple[Region | None, list[Violation]]:
    """The region, or a violation if it is neither an EU NUTS 2024 region nor a LAC region."""
    r = region(region_id)
    if r is None:
        return None, [
            Violation(
                f"{region_id!r} is neither a NUTS 2024 region of the EU nor an ISO 3166 code of a Latin American or Caribbean country or subdivision",
                pointer=pointer,
                code="unknown_region",
            )
        ]
    return r, []


def check_regions(region_ids: Sequence[str], pointer: str) -> tuple[list[Region], list[Violation]]:
    """Every region of a list, or a violation for each unknown one."""
    found, problems = [], []
    for i, rid in enumerate(region_ids):
        r, p = check_region(rid, f"{pointer}/{i}")
        problems += p
        if r is not None:
            found.append(r)
    return found, problems
