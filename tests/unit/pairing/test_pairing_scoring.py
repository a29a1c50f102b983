"""Compatibility scores per dimension, the weighted total, and the explanation."""

import numpy as np
import pytest

from services.pairing.domain import DEFAULT_WEIGHTS, explain, normalised_weights, population_similarity
from services.pairing.solvers import score_matrix
from tests.unit.pairing.pairing_parties import city

LYON = city("lyon", "FR", 1_200_000, ["climate", "mobility"], [11, 13], ["fr", "es"], "Heat islands and car traffic congestion")
BOGOTA = city(
    "bogota", "CO", 900_000, ["climate", "mobility", "energy"], [11, 13, 7], ["es"], "Traffic congestion and air quality"
)
TOKYO = city("tokyo", "JP", 14_000_000, ["innovation"], [9], ["ja"], "Ageing population and earthquakes")


def test_each_dimension_is_between_0_and_1_and_the_total_is_their_weighted_sum():
    s = score_matrix([LYON], [BOGOTA, TOKYO])
    w = normalised_weights(DEFAULT_WEIGHTS)
    for d, m in s.dims.items():
        assert ((m >= 0) & (m <= 1)).all(), d
    expected = sum(w[d] * s.dims[d] for d in w)
    assert np.allclose(s.total, expected)


def test_shared_themes_and_sdgs_are_jaccard_and_languages_overlap():
    s = score_matrix([LYON], [BOGOTA])
    assert s.dims["themes"][0, 0] == pytest.approx(2 / 3)
    assert s.dims["sdgs"][0, 0] == pytest.approx(2 / 3)
    assert s.dims["languages"][0, 0] == pytest.approx(1.0)  # overlap: Bogotá speaks every one of its languages Lyon speaks


def test_a_closer_partner_scores_higher():
    s = score_matrix([LYON], [BOGOTA, TOKYO])
    assert s.total[0, 0] > s.total[0, 1]
    assert s.dims["challenges"][0, 0] > 0 and s.dims["challenges"][0, 1] == 0


def test_population_similarity_falls_to_zero_at_a_factor_of_100():
    assert population_similarity(100_000, 100_000) == 1
    assert population_similarity(100_000, 1_000_000) == pytest.approx(0.5)
    assert population_similarity(100_000, 10_000_000) == 0
    assert population_similarity(0, 10_000) == 0


def test_weights_are_per_call_and_normalised():
    only_languages = score_matrix([LYON], [TOKYO, BOGOTA], {"languages": 5})
    assert only_languages.total[0].tolist() == [0.0, 1.0]
    assert sum(normalised_weights({"themes": 2, "sdgs": 2}).values()) == pytest.approx(1)
    assert normalised_weights({"themes": 0}) == DEFAULT_WEIGHTS


def test_the_explanation_names_what_the_pair_shares():
    s = score_matrix([LYON], [BOGOTA])
    text = explain(LYON, BOGOTA, s.breakdown(0, 0))
    assert text.startswith("Shares climate and mobility, SDG 11 and 13")
    assert "similar size (1.2M vs 900k)" in text
    assert "both speak es" in text
    assert "congestion" in text and "traffic" in text


def test_a_pair_with_nothing_in_common_still_explains_itself():
    a, b = city("a", "FR"), city("b", "JP", population=0)
    assert "No shared" in explain(a, b, score_matrix([a], [b]).breakdown(0, 0))
