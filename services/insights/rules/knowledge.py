"""Knowledge: practices in the public library by kind, theme, SDG and region of their places."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.insights.domain import Change, Known, move_many
from services.insights.rules import rule
from shared.contracts import knowledge as kn


def _buckets(practice: dict[str, Any] | None) -> dict[str, list[dict[str, Any]]]:
    if not practice or not practice.get("published"):
        return {
            "knowledge.practices": [],
            "knowledge.practices_by_theme": [],
            "knowledge.practices_by_sdg": [],
            "knowledge.practices_by_region": [],
        }
    return {
        "knowledge.practices": [{"kind": practice["kind"]}],
        "knowledge.practices_by_theme": [{"theme": t} for t in practice["themes"]],
        "knowledge.practices_by_sdg": [{"sdg": s} for s in practice["sdgs"]],
        "knowledge.practices_by_region": [{"world_region": r, "country_code": c} for r, c in practice["regions"]],
    }


def _moves(day: date, old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[Change]:
    before, after = _buckets(old), _buckets(new)
    return [
        c for metric in before for c in move_many(metric, day, [(d, 1) for d in before[metric]], [(d, 1) for d in after[metric]])
    ]


@rule(kn.PracticePublished, lambda p: [("practice", p.practice_id)])
@rule(kn.PracticePublishedV2, lambda p: [("practice", p.practice_id)])
def practice_published(day: date, p: kn.PracticePublished, known: Known) -> list[Change]:
    """A practice enters the library: once per theme, SDG and (distinct) region of its places; a revision
    published again moves it from the buckets of its old content to those of its new one."""
    old = known.get("practice", p.practice_id)
    regions = sorted({(loc.world_region, loc.country_code) for loc in p.locations}, key=str)
    new = {
        "published": True,
        "kind": p.kind,
        "themes": sorted(set(p.themes)),
        "sdgs": sorted(set(p.sdgs)),
        "regions": [list(r) for r in regions],
    }
    known.put("practice", p.practice_id, new)
    return _moves(day, old, new)


@rule(kn.PracticeArchived, lambda p: [("practice", p.practice_id)])
def practice_archived(day: date, p: kn.PracticeArchived, known: Known) -> list[Change]:
    """A practice leaves the library: every bucket it was in loses it."""
    old = known.get("practice", p.practice_id)
    if old is None:
        return []
    new = {**old, "published": False}
    known.put("practice", p.practice_id, new)
    return _moves(day, old, new)
