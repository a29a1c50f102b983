"""Matchmaking scores and explanations, without a database."""

import pytest

from services.value_chains.matching import Profile, explain, keyword_overlap, nace_proximity, rank, score


def _profile(**kw) -> Profile:
    base = {
        "label": "the offer 'X' of A",
        "organisation_name": "A",
        "region_id": "ES51",
        "keywords": (),
        "text": "",
        "nace_codes": (),
    }
    return Profile(**(base | kw))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("26.11", "26.11", 1.0),  # same class
        ("26.11", "26.12", 0.75),  # same group 26.1
        ("26.11", "26.20", 0.5),  # same division 26
        ("26.11", "27.20", 0.25),  # same section C
        ("26.11", "35.11", 0.0),  # C and D
        ("26", "26.11", 0.5),  # a division and one of its classes meet in the division
    ],
)
def test_nace_proximity_by_the_deepest_common_level(a, b, expected):
    assert nace_proximity([a], [b])[0] == expected


def test_nace_proximity_takes_the_best_pair():
    value, link = nace_proximity(["35.11", "26.11"], ["01.11", "26.12"])
    assert (value, link) == (0.75, ("26.11", "26.12", 3))


def test_keywords_match_fuzzily_but_not_loosely():
    value, shared = keyword_overlap(["Solar panels", "battery storage"], ["solar panel", "wind"])
    assert shared == ("solar panels",) and value == pytest.approx(1 / 3)
    assert keyword_overlap(["solar"], ["polar"])[0] == 0.0
    assert keyword_overlap([], ["solar"]) == (0.0, ())


def test_region_fit_counts_each_direction_and_no_targets_means_anywhere():
    offer = _profile(region_id="ES511", target_region_ids=("CO",))
    request = _profile(region_id="CO-ANT", target_region_ids=("ES",))
    assert score(offer, request).regions == 1.0
    assert score(offer, _profile(region_id="CO-ANT", target_region_ids=("PT",))).regions == 0.5
    assert score(offer, _profile(region_id="MX-SON")).regions == 0.5
    assert score(_profile(), _profile(region_id="CO-ANT")).regions == 1.0


def test_the_total_is_the_weighted_sum_and_the_explanation_one_sentence():
    offer = _profile(
        label="the technology offer 'Storage' of Sol",
        region_id="ES511",
        keywords=("battery storage", "mini-grids"),
        nace_codes=("27.20",),
        target_region_ids=("CO",),
        ecosystem="energy_renewables",
    )
    request = _profile(
        label="the technology request 'Off-grid' of Andina",
        region_id="CO-ANT",
        keywords=("battery storage",),
        nace_codes=("27.90",),
        ecosystem="energy_renewables",
    )
    s = score(offer, request)
    assert s.nace == 0.5 and s.ecosystem == 1.0 and s.regions == 1.0
    assert s.total == pytest.approx(0.45 * s.keywords + 0.30 * 0.5 + 0.15 + 0.10)
    text = explain(offer, request, s)
    assert text.startswith("The technology offer 'Storage' of Sol (Barcelona, ES511) fits the technology request")
    assert "battery storage" in text and "27.20 and 27.90 meet in the same division 27" in text
    assert "Energy-renewables" in text and text.endswith(".") and "\n" not in text


def test_rank_keeps_pairs_above_the_threshold_best_first():
    a = _profile(keywords=("solar",), nace_codes=("27.20",))
    good = _profile(region_id="CO-ANT", keywords=("solar",), nace_codes=("27.20",))
    fair = _profile(region_id="CO-ANT", keywords=("solar",), nace_codes=("35.11",))
    poor = _profile(region_id="CO-ANT", keywords=("coffee",), nace_codes=("01.27",))
    ranked = rank([("poor", a, poor), ("fair", a, fair), ("good", a, good)], threshold=0.5, limit=5)
    assert [r.key for r in ranked] == ["good", "fair"]
    assert [r.key for r in rank([("fair", a, fair), ("good", a, good)], threshold=0.0, limit=1)] == ["good"]
