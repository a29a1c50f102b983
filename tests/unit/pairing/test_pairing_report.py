"""What every round reports: total, distribution, worst-off party, share per region, unmatched, blocking pairs."""

import numpy as np

from services.pairing.domain import Constraints, PairingTerms, pair_key
from services.pairing.report import round_report
from services.pairing.solvers import allowed_matrix, blocking_pairs, optimal, preference_ranks
from tests.unit.pairing.pairing_parties import city

A = [city("lyon", "FR"), city("graz", "AT"), city("gent", "BE")]
B = [city("lima", "PE"), city("pune", "IN")]
SCORES = np.array([[0.9, 0.2], [0.8, 0.6], [0.1, 0.1]])


def report(constraints=None, outside=()):
    allowed = allowed_matrix(A, B, constraints or Constraints(PairingTerms()))
    caps = (np.ones(3, int), np.ones(2, int))
    pairs = optimal(SCORES, allowed, *caps)
    ranks = (preference_ranks(SCORES), preference_ranks(SCORES.T))
    return pairs, round_report(A, B, pairs, SCORES, allowed, caps, ranks, (np.zeros(3, int), np.zeros(2, int)), list(outside))


def test_totals_distribution_and_worst_off():
    pairs, r = report()
    assert pairs == [(0, 0), (1, 1)]
    assert r["total_score"] == 1.5 and r["pairs"] == 2
    assert r["score_distribution"]["min"] == 0.6 and r["score_distribution"]["max"] == 0.9
    assert r["worst_off"]["party_id"] in ("graz", "pune") and r["worst_off"]["score"] == 0.6


def test_share_matched_per_world_region_and_why_a_party_is_unmatched():
    _, r = report(outside=[city("oslo", "NO")])
    assert r["share_matched_by_region"]["eu"] == {"parties": 3, "matched": 2, "share": 0.6667}
    assert r["share_matched_by_region"]["latin_america_caribbean"]["share"] == 1.0
    reasons = {u["party_id"]: u["reason"] for u in r["unmatched"]}
    assert reasons == {"gent": "allowed_partners_taken", "oslo": "region_not_paired"}


def test_a_party_with_every_pair_forbidden_has_no_allowed_partner():
    forbidden = frozenset({pair_key("gent", "lima"), pair_key("gent", "pune")})
    _, r = report(Constraints(PairingTerms(), forbidden=forbidden))
    assert {u["party_id"]: u["reason"] for u in r["unmatched"]}["gent"] == "no_allowed_partner"


def test_blocking_pairs_are_found_when_two_parties_prefer_each_other():
    allowed = np.ones((2, 2), bool)
    ranks = (preference_ranks(np.array([[0.9, 0.1], [0.9, 0.1]])), preference_ranks(np.array([[0.9, 0.1], [0.9, 0.1]]).T))
    caps = (np.ones(2, int), np.ones(2, int))
    # a0 and b0 rank each other first but are matched elsewhere: they block.
    assert blocking_pairs([(0, 1), (1, 0)], allowed, *caps, *ranks) == [(0, 0)]
    assert blocking_pairs([(0, 0), (1, 1)], allowed, *caps, *ranks) == []
