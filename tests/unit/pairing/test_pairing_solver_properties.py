"""Properties of the solvers on random small instances (hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from services.pairing.domain import Constraints, PairingTerms, pair_key
from services.pairing.solvers import (
    allowed_matrix,
    blocking_pairs,
    greedy,
    optimal,
    preference_ranks,
    score_matrix,
    stable,
    total_of,
)
from tests.unit.pairing.pairing_parties import city

COUNTRIES = ["FR", "DE", "CO", "JP", "KE"]  # two EU, three not
THEMES = ["climate", "mobility", "energy", "housing"]


@st.composite
def instances(draw, max_side: int = 4, max_quota: int = 1):
    """Random parties on both sides, random forbidden pairs, random scores and quotas."""
    n, m = draw(st.integers(1, max_side)), draw(st.integers(1, max_side))
    a = [city(f"a{i}", draw(st.sampled_from(COUNTRIES)), themes=draw(st.sets(st.sampled_from(THEMES)))) for i in range(n)]
    b = [city(f"b{j}", draw(st.sampled_from(COUNTRIES)), themes=draw(st.sets(st.sampled_from(THEMES)))) for j in range(m)]
    all_pairs = [(x.id, y.id) for x in a for y in b]
    forbidden = draw(st.sets(st.sampled_from(all_pairs), max_size=3)) if all_pairs else set()
    constraints = Constraints(PairingTerms(), forbidden=frozenset(pair_key(*p) for p in forbidden))
    scores = np.array(draw(st.lists(st.lists(st.integers(0, 1000), min_size=m, max_size=m), min_size=n, max_size=n))) / 1000
    cap_a = np.array(draw(st.lists(st.integers(0, max_quota), min_size=n, max_size=n)))
    cap_b = np.array(draw(st.lists(st.integers(0, max_quota), min_size=m, max_size=m)))
    return a, b, constraints, scores, cap_a, cap_b


def brute_force_best(scores, allowed, cap_a, cap_b) -> float:
    """The best total over every set of allowed pairs within the capacities."""
    edges = [(i, j) for i in range(scores.shape[0]) for j in range(scores.shape[1]) if allowed[i, j]]
    best = 0.0

    def walk(k: int, left_a: list[int], left_b: list[int], total: float) -> None:
        nonlocal best
        best = max(best, total)
        for e in range(k, len(edges)):
            i, j = edges[e]
            if left_a[i] and left_b[j]:
                left_a[i] -= 1
                left_b[j] -= 1
                walk(e + 1, left_a, left_b, total + scores[i, j])
                left_a[i] += 1
                left_b[j] += 1

    walk(0, list(cap_a), list(cap_b), 0.0)
    return best


def respects(pairs, a, b, constraints, cap_a, cap_b) -> bool:
    used_a, used_b = np.zeros(len(a), int), np.zeros(len(b), int)
    for i, j in pairs:
        if not constraints.allowed(a[i], b[j]):
            return False
        used_a[i] += 1
        used_b[j] += 1
    return len(set(pairs)) == len(pairs) and (used_a <= cap_a).all() and (used_b <= cap_b).all()


@settings(max_examples=150, deadline=None)
@given(instances(max_side=4, max_quota=1))
def test_optimal_equals_brute_force_with_quota_one(inst):
    a, b, constraints, scores, cap_a, cap_b = inst
    allowed = allowed_matrix(a, b, constraints)
    pairs = optimal(scores, allowed, cap_a, cap_b)
    assert abs(total_of(pairs, scores) - brute_force_best(scores, allowed, cap_a, cap_b)) < 1e-6


@settings(max_examples=100, deadline=None)
@given(instances(max_side=3, max_quota=3))
def test_optimal_equals_brute_force_with_larger_quotas(inst):
    a, b, constraints, scores, cap_a, cap_b = inst
    allowed = allowed_matrix(a, b, constraints)
    pairs = optimal(scores, allowed, cap_a, cap_b)
    assert abs(total_of(pairs, scores) - brute_force_best(scores, allowed, cap_a, cap_b)) < 1e-6


@settings(max_examples=150, deadline=None)
@given(instances(max_side=5, max_quota=2), st.sampled_from(["optimal", "stable", "greedy"]))
def test_no_proposal_ever_breaks_a_hard_constraint(inst, solver):
    a, b, constraints, scores, cap_a, cap_b = inst
    allowed = allowed_matrix(a, b, constraints)
    if solver == "optimal":
        pairs = optimal(scores, allowed, cap_a, cap_b)
    elif solver == "greedy":
        pairs = greedy(scores, allowed, cap_a, cap_b)
    else:
        pairs = stable(allowed, cap_a, cap_b, preference_ranks(scores), preference_ranks(scores.T))
    assert respects(pairs, a, b, constraints, cap_a, cap_b)


@settings(max_examples=200, deadline=None)
@given(instances(max_side=5, max_quota=2), st.randoms(use_true_random=False))
def test_the_stable_solver_leaves_no_blocking_pair(inst, rnd):
    a, b, constraints, scores, cap_a, cap_b = inst
    allowed = allowed_matrix(a, b, constraints)
    # Some parties give their own ranking instead of the one the scores imply.
    given_a = {i: rnd.sample(range(len(b)), len(b)) for i in range(len(a)) if rnd.random() < 0.3}
    given_b = {j: rnd.sample(range(len(a)), len(a)) for j in range(len(b)) if rnd.random() < 0.3}
    rank_a, rank_b = preference_ranks(scores, given_a), preference_ranks(scores.T, given_b)
    pairs = stable(allowed, cap_a, cap_b, rank_a, rank_b)
    assert blocking_pairs(pairs, allowed, cap_a, cap_b, rank_a, rank_b) == []


@settings(max_examples=60, deadline=None)
@given(instances(max_side=4, max_quota=1))
def test_greedy_never_beats_optimal(inst):
    a, b, constraints, scores, cap_a, cap_b = inst
    allowed = allowed_matrix(a, b, constraints)
    assert (
        total_of(greedy(scores, allowed, cap_a, cap_b), scores) <= total_of(optimal(scores, allowed, cap_a, cap_b), scores) + 1e-9
    )


def test_scores_of_real_parties_feed_the_solver():
    a = [city("lyon", "FR", themes=["climate"]), city("graz", "AT", themes=["energy"])]
    b = [city("lima", "PE", themes=["energy"]), city("pune", "IN", themes=["climate"])]
    s = score_matrix(a, b)
    pairs = optimal(s.total, allowed_matrix(a, b, Constraints(PairingTerms())), np.ones(2, int), np.ones(2, int))
    assert pairs == [(0, 1), (1, 0)]
