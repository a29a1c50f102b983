"""The rules of regions fed by value_chains: a region's profile from its innovation strategy, and the score of
a pair of regions where one asked to be paired with the other. Plain Python and numpy: no web framework, no
database (the use cases are in regions/service.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from services.pairing.domain import Party, world_region_of
from services.pairing.solvers import Scores
from shared.reference import WorldRegion

# --- profiles from innovation strategies --------------------------------------------------------

SIDE_REGIONS = {"eu": WorldRegion.eu.value, "lac": WorldRegion.latin_america_caribbean.value}


def region_world_region(country_code: str, side: str) -> str | None:
    """The world region of a region: its country's, else the one its side of the Atlantic stands for."""
    return world_region_of(country_code) or SIDE_REGIONS.get(side.lower())


def strategy_themes(ecosystems: Iterable[str]) -> list[str]:
    """A region's themes: the industrial ecosystems its strategy prioritises, as pairing writes themes."""
    return sorted({e.strip().lower().replace(" ", "_") for e in ecosystems if e.strip()})


def strategy_challenges(title: str, priority_titles: Sequence[str]) -> str:
    """The text the challenges dimension compares: the strategy's title and its priorities' titles."""
    return ". ".join(t.strip() for t in (title, *priority_titles) if t.strip())


def _instant(t: str) -> datetime | None:
    try:
        return datetime.fromisoformat(t.replace("Z", "+00:00"))
    except ValueError:
        return None


def is_older(event_time: str, stored_time: str | None) -> bool:
    """True if an event of `event_time` is older than the copy built at `stored_time` (compared as instants,
    so '...:00Z' and '...:00.5Z' order by time, not by their letters); an unknown time is never older."""
    if not event_time or not stored_time:
        return False
    e, s = _instant(event_time), _instant(stored_time)
    return e < s if e and s else event_time < stored_time


# --- interest between regions ---------------------------------------------------------------------

NONE, ONE_SIDED, MUTUAL = 0.0, 0.5, 1.0
# The share of the gap between a pair's score and a perfect 1 that interest closes: one region asking for the
# other closes a fifth of it, both asking two fifths. The total stays within 0..1, and among pairs with the
# same interest the better fit still scores higher.
GAP_CLOSED = {NONE: 0.0, ONE_SIDED: 0.2, MUTUAL: 0.4}


def interest_level(a_id: str, b_id: str, expressed: set[tuple[str, str]]) -> float:
    """0 when neither region asked for the other, 0.5 when one did, 1 when both did (`expressed` holds
    (region, partner) pairs)."""
    asked = ((a_id, b_id) in expressed) + ((b_id, a_id) in expressed)
    return (NONE, ONE_SIDED, MUTUAL)[asked]


def interest_bonus(total: float, level: float) -> float:
    """What interest adds to a pair's weighted score: GAP_CLOSED[level] of the way from it to 1."""
    return (1.0 - total) * GAP_CLOSED[level]


@dataclass
class InterestScores(Scores):
    """Scores of a regional round with interest: `total` includes the bonus, the breakdown shows the level
    (`interest`, 0 / 0.5 / 1) and the points it added to the total (`interest_bonus`)."""

    level: np.ndarray
    bonus: np.ndarray

    def breakdown(self, i: int, j: int) -> dict[str, float]:
        """One pair's scores with its interest, rounded for the wire."""
        out = super().breakdown(i, j)
        return out | {"interest": float(self.level[i, j]), "interest_bonus": round(float(self.bonus[i, j]), 4)}


def with_interest(scores: Scores, a: Sequence[Party], b: Sequence[Party], expressed: set[tuple[str, str]]) -> InterestScores:
    """The scores of a x b with each pair's interest added to its total."""
    level = np.array([[interest_level(x.id, y.id, expressed) for y in b] for x in a], dtype=np.float64).reshape(len(a), len(b))
    share = np.select([level == MUTUAL, level == ONE_SIDED], [GAP_CLOSED[MUTUAL], GAP_CLOSED[ONE_SIDED]], 0.0)
    bonus = (1.0 - scores.total) * share
    return InterestScores(total=scores.total + bonus, dims=scores.dims, level=level, bonus=bonus)


def explain_interest(a: Party, b: Party, level: float, expressed: set[tuple[str, str]]) -> str:
    """The sentence the explanation adds for a pair's interest (empty when neither asked)."""
    if level == MUTUAL:
        return f"{a.name} and {b.name} asked to be paired with each other (score raised by {GAP_CLOSED[MUTUAL]:.0%} of its gap to 1)."
    if level == ONE_SIDED:
        asker, asked = (a, b) if (a.id, b.id) in expressed else (b, a)
        return f"{asker.name} asked to be paired with {asked.name} (score raised by {GAP_CLOSED[ONE_SIDED]:.0%} of its gap to 1)."
    return ""
