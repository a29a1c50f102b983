"""The constraints of a whole round, beyond the pair-by-pair ones of domain.Constraints: quotas per world
region and per country, and the pairs the coordination unit has locked. Plain Python and numpy.

A pairing counts against the quota of the world region, and of the country, of each of its two parties. The
two sides of a call never share a world region (nor so a country), so a pairing counts at most once against any
one quota: with the default sides, `{"latin_america_caribbean": 3}` caps the pairs whose non-EU party is in Latin
America, `{"eu": 5}` caps them all. A country lies in one world region, so a party's quotas nest: its region's,
then its country's (the min-cost flow of solvers.py relies on it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from services.pairing.domain import Constraints, Party, pair_key, side_of
from services.pairing.solvers import Limits


@dataclass(frozen=True)
class Quotas:
    """The most pairings a round proposes with a party of a world region, or of a country."""

    regions: Mapping[str, int] = field(default_factory=dict)
    countries: Mapping[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.regions or self.countries)

    def groups_of(self, p: Party) -> tuple[str, ...]:
        """The quotas a pairing with `p` counts against, outermost first: its region's, then its country's."""
        out = []
        if p.world_region in self.regions:
            out.append(f"region:{p.world_region}")
        if p.country_code.upper() in self.countries:
            out.append(f"country:{p.country_code.upper()}")
        return tuple(out)

    def cap(self, group: str) -> int:
        """The quota of a group named by groups_of."""
        kind, _, key = group.partition(":")
        return int((self.regions if kind == "region" else self.countries)[key])

    def usage(self, pairs: Iterable[tuple[Party, Party]]) -> dict[str, int]:
        """How many of `pairs` count against each quota."""
        used: dict[str, int] = {}
        for x, y in pairs:
            for g in self.groups_of(x) + self.groups_of(y):
                used[g] = used.get(g, 0) + 1
        return used

    def over(self, pairs: Iterable[tuple[Party, Party]]) -> dict[str, int]:
        """The quotas `pairs` exceed, with how many pairs count against each."""
        return {g: n for g, n in self.usage(pairs).items() if n > self.cap(g)}


def limits_for(a: list[Party], b: list[Party], quotas: Quotas, used: Mapping[str, int] | None = None) -> Limits | None:
    """The solvers' limits for rows `a` and columns `b`, less what `used` has taken already; None without quotas."""
    if not quotas:
        return None
    names: dict[str, int] = {}

    def index(p: Party) -> tuple[int, ...]:
        return tuple(names.setdefault(g, len(names)) for g in quotas.groups_of(p))

    groups_a, groups_b = [index(p) for p in a], [index(p) for p in b]
    cap = np.array([max(quotas.cap(g) - (used or {}).get(g, 0), 0) for g in names], dtype=int)
    return Limits(groups_a, groups_b, cap)


def quota_reached(p: Party, quotas: Quotas, used: Mapping[str, int]) -> str | None:
    """The first quota of `p` that the round's pairs have filled, if any."""
    return next((g for g in quotas.groups_of(p) if used.get(g, 0) >= quotas.cap(g)), None)


# --- locked pairs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LockPlan:
    """What a round does with the call's locked pairs: the ones it proposes, the ones it cannot (and why),
    and every party it keeps out of the solver (any party of a lock)."""

    proposed: list[tuple[Party, Party]]
    skipped: list[dict]
    parties: frozenset[str]


def plan_locks(
    locks: Iterable[tuple[str, str]], parties: Mapping[str, Party], constraints: Constraints, paired: set[str]
) -> LockPlan:
    """Sort a call's locked pairs (party a, party b) into those a round proposes (both are candidates on their
    sides, the pair is not forbidden and neither party is paired already) and those it skips."""
    proposed, skipped, locked = [], [], set()
    for x_id, y_id in locks:
        locked |= {x_id, y_id}
        x, y = parties.get(x_id), parties.get(y_id)
        if x is not None and y is not None and side_of(x, constraints.terms) == "b":
            x, y = y, x  # the call's sides changed since the lock was made
        if x is None or y is None:
            reason = "not_a_candidate"
        elif pair_key(x.id, y.id) in constraints.forbidden:
            reason = "forbidden_pair"
        elif x.id in paired or y.id in paired:
            reason = "already_paired"
        elif not constraints.allowed(x, y):
            reason = "partner_regions"
        else:
            proposed.append((x, y))
            continue
        skipped.append({"party_a": x_id, "party_b": y_id, "reason": reason})
    return LockPlan(proposed, skipped, frozenset(locked))


def propose(
    a: list[Party], b: list[Party], caps: tuple[np.ndarray, np.ndarray], quotas: Quotas, plan: LockPlan, solve: Callable
) -> tuple[list[tuple[int, int]], set[tuple[int, int]], tuple[np.ndarray, np.ndarray]]:
    """A round's pairs of rows `a` and columns `b`: the locked pairs the plan proposes, and the pairs
    `solve(caps, limits)` makes of the other parties within what the locked pairs left of the quotas. Returns
    all the pairs, the locked ones, and the capacities the solver had (nothing for a party of a locked pair)."""
    cap_a = np.where([p.id in plan.parties for p in a], 0, caps[0]).astype(int)
    cap_b = np.where([p.id in plan.parties for p in b], 0, caps[1]).astype(int)
    ia, ib = {p.id: i for i, p in enumerate(a)}, {p.id: j for j, p in enumerate(b)}
    locked = {(ia[x.id], ib[y.id]) for x, y in plan.proposed}
    pairs = solve((cap_a, cap_b), limits_for(a, b, quotas, quotas.usage(plan.proposed)))
    return sorted(set(pairs) | locked), locked, (cap_a, cap_b)


def lock_problems(x: Party | None, y: Party | None, constraints: Constraints) -> list[dict]:
    """The rules a new locked pair of the candidates x and y (None: not a candidate) breaks, as problem errors:
    unknown candidates, parties of one kind, on the two sides of the call."""
    out = []
    for pointer, p in (("/party_a_id", x), ("/party_b_id", y)):
        if p is None:
            out.append({"rule": "unknown_candidate", "pointer": pointer, "detail": "not a candidate of the call"})
    if out:
        return out
    if x.kind != y.kind:
        out.append({"rule": "same_kind", "detail": "a city pairs with a city, a region with a region"})
    sides = {side_of(x, constraints.terms), side_of(y, constraints.terms)}
    if None in sides:
        out.append({"rule": "partner_regions", "detail": "a party's world region takes no part in the call's pairing"})
    elif len(sides) == 1:
        out.append({"rule": "same_side", "detail": "both parties are on the same side of the call"})
    return out
