"""Properties of the round-wide constraints on random candidates (hypothesis): quotas per world region and country
are never exceeded, every feasible locked pair is proposed, and a party of a locked pair pairs with nobody else."""

from __future__ import annotations

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from services.pairing.domain import Constraints, PairingTerms, pair_key, side_of
from services.pairing.round_constraints import Quotas, limits_for, plan_locks, propose
from services.pairing.solvers import allowed_matrix, greedy, optimal, preference_ranks, stable, total_of
from tests.unit.pairing.pairing_parties import city

COUNTRIES = ["FR", "DE", "CO", "BR", "JP", "KE"]  # two EU, two Latin American, one Asian, one African
REGIONS = ["eu", "latin_america_caribbean", "asia", "africa"]
SOLVERS = ["optimal", "stable", "greedy"]


@st.composite
def rounds(draw, max_side: int = 5, max_quota: int = 1):
    """Random candidates on both sides, forbidden pairs, parties paired already, quotas, locked pairs and scores."""
    n, m = draw(st.integers(1, max_side)), draw(st.integers(1, max_side))
    a = [city(f"a{i}", draw(st.sampled_from(COUNTRIES))) for i in range(n)]
    b = [city(f"b{j}", draw(st.sampled_from(COUNTRIES))) for j in range(m)]
    ids = [p.id for p in a + b] + ["ghost"]  # a party that is no candidate (any more)
    all_pairs = [(x.id, y.id) for x in a for y in b]
    forbidden = frozenset(pair_key(*p) for p in draw(st.sets(st.sampled_from(all_pairs), max_size=3)))
    paired = draw(st.sets(st.sampled_from(ids), max_size=2))
    quotas = Quotas(
        draw(st.dictionaries(st.sampled_from(REGIONS), st.integers(0, 3), max_size=3)),
        draw(st.dictionaries(st.sampled_from(COUNTRIES), st.integers(0, 2), max_size=3)),
    )
    # A party is in one locked pair of a call at most (the service refuses a second one).
    locks, used = [], set()
    for x, y in draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=3)):
        if x != y and not {x, y} & used:
            locks.append((x, y))
            used |= {x, y}
    scores = np.array(draw(st.lists(st.lists(st.integers(0, 1000), min_size=m, max_size=m), min_size=n, max_size=n))) / 1000
    caps = (
        np.array(draw(st.lists(st.integers(1, max_quota), min_size=n, max_size=n))),
        np.array(draw(st.lists(st.integers(1, max_quota), min_size=m, max_size=m))),
    )
    return a, b, Constraints(PairingTerms(), forbidden), paired, quotas, locks, scores, caps


def feasible(locks, a, b, constraints, paired) -> set[tuple[str, str]]:
    """The locked pairs a round must propose, worked out here on their own: both candidates, one on each side, not
    forbidden, neither paired already."""
    parties = {p.id: p for p in a + b}
    out = set()
    for x, y in locks:
        if x not in parties or y not in parties or x in paired or y in paired or pair_key(x, y) in constraints.forbidden:
            continue
        sides = (side_of(parties[x], constraints.terms), side_of(parties[y], constraints.terms))
        if sides in (("a", "b"), ("b", "a")):
            out.add(pair_key(x, y))
    return out


def solve_with(solver: str, scores, allowed):
    def solve(caps, limits):
        if solver == "optimal":
            return optimal(scores, allowed, *caps, limits)
        if solver == "greedy":
            return greedy(scores, allowed, *caps, limits)
        return stable(allowed, *caps, preference_ranks(scores), preference_ranks(scores.T), limits)

    return solve


def run(inst, solver):
    a, b, constraints, paired, quotas, locks, scores, caps = inst
    # The rounds see side a as the rows and side b as the columns, wherever a random party's country put it.
    rows = [p for p in a + b if side_of(p, constraints.terms) == "a"]
    cols = [p for p in a + b if side_of(p, constraints.terms) == "b"]
    assume(rows and cols)
    plan = plan_locks(locks, {p.id: p for p in rows + cols}, constraints, paired)
    assume(not quotas.over(plan.proposed))  # else the round refuses to run (409 locked_pairs_over_quota)
    s = np.resize(scores, (len(rows), len(cols)))
    allowed = allowed_matrix(rows, cols, constraints)
    caps = (np.resize(caps[0], len(rows)), np.resize(caps[1], len(cols)))
    pairs, locked, _ = propose(rows, cols, caps, quotas, plan, solve_with(solver, s, allowed))
    return rows, cols, pairs, locked, plan, caps


@settings(max_examples=300, deadline=None)
@given(rounds(max_quota=1), st.sampled_from(SOLVERS))
def test_no_quota_is_exceeded_every_feasible_lock_is_proposed_and_no_party_is_in_two_pairs(inst, solver):
    a, b, constraints, paired, quotas, locks, _, _ = inst
    rows, cols, pairs, locked, _, _ = run(inst, solver)
    proposed = [(rows[i], cols[j]) for i, j in pairs]
    assert quotas.over(proposed) == {}
    assert feasible(locks, a, b, constraints, paired) <= {pair_key(x.id, y.id) for x, y in proposed}
    ids = [p.id for pair in proposed for p in pair]
    assert len(ids) == len(set(ids))
    for (i, j), (x, y) in zip(pairs, proposed, strict=True):
        assert (i, j) in locked or constraints.allowed(x, y)


@settings(max_examples=200, deadline=None)
@given(rounds(max_side=4, max_quota=3), st.sampled_from(SOLVERS))
def test_with_larger_quotas_a_locked_party_still_pairs_with_its_partner_only(inst, solver):
    _, _, _, _, quotas, _, _, _ = inst
    rows, cols, pairs, locked, plan, caps = run(inst, solver)
    assert quotas.over([(rows[i], cols[j]) for i, j in pairs]) == {}
    for i, j in pairs:
        if rows[i].id in plan.parties or cols[j].id in plan.parties:
            assert (i, j) in locked
    assert all(sum(1 for i, _ in pairs if i == k) <= caps[0][k] for k in range(len(rows)))
    assert all(sum(1 for _, j in pairs if j == k) <= caps[1][k] for k in range(len(cols)))


def best_within(scores, allowed, cap_a, cap_b, limits) -> float:
    """The best total over every set of allowed pairs within the capacities and the quotas."""
    edges = [(i, j) for i in range(scores.shape[0]) for j in range(scores.shape[1]) if allowed[i, j]]
    best = 0.0

    def walk(k, left_a, left_b, used, total):
        nonlocal best
        best = max(best, total)
        for e in range(k, len(edges)):
            i, j = edges[e]
            if left_a[i] and left_b[j] and limits.room(i, j, used):
                left_a[i], left_b[j] = left_a[i] - 1, left_b[j] - 1
                used[list(limits.of(i, j))] += 1
                walk(e + 1, left_a, left_b, used, total + scores[i, j])
                used[list(limits.of(i, j))] -= 1
                left_a[i], left_b[j] = left_a[i] + 1, left_b[j] + 1

    walk(0, list(cap_a), list(cap_b), np.zeros(len(limits.cap), int), 0.0)
    return best


@settings(max_examples=150, deadline=None)
@given(rounds(max_side=4, max_quota=2))
def test_the_optimal_solver_stays_optimal_within_the_quotas(inst):
    a, b, constraints, _, quotas, _, scores, caps = inst
    assume(quotas)
    rows = [p for p in a + b if side_of(p, constraints.terms) == "a"]
    cols = [p for p in a + b if side_of(p, constraints.terms) == "b"]
    assume(rows and cols)
    s = np.resize(scores, (len(rows), len(cols)))
    allowed = allowed_matrix(rows, cols, constraints)
    cap_a, cap_b = np.resize(caps[0], len(rows)), np.resize(caps[1], len(cols))
    limits = limits_for(rows, cols, quotas)
    pairs = optimal(s, allowed, cap_a, cap_b, limits)
    assert quotas.over([(rows[i], cols[j]) for i, j in pairs]) == {}
    assert abs(total_of(pairs, s) - best_within(s, allowed, cap_a, cap_b, limits)) < 1e-6
