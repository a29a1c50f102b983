"""Strategies' priorities in matchmaking: a fixed bonus for each party whose region's current
innovation strategy prioritises its NACE codes or keywords."""

from types import SimpleNamespace

import pytest

from services.value_chains.matching import PRIORITY_BONUS, Priority, Profile, explain, priorities_of, priority_hit, score


def _strategy(region_id: str, start: int, end: int, *priorities: tuple[str, str, list[str]]) -> SimpleNamespace:
    return SimpleNamespace(
        region_id=region_id,
        title=f"RIS3 {region_id}",
        period_start=start,
        period_end=end,
        priorities=[SimpleNamespace(title=t, description=d, nace_codes=c) for t, d, c in priorities],
    )


STORAGE = Priority("CO-ANT", "RIS3 CO-ANT", "Energy storage", "Energy storage Battery storage for rural grids", ("27",))


def _profile(**kw) -> Profile:
    base = {"label": "the offer 'X'", "organisation_name": "A", "region_id": "ES51", "keywords": (), "text": "", "nace_codes": ()}
    return Profile(**(base | kw))


def test_the_priorities_of_the_current_strategies_of_the_region_or_a_region_containing_it():
    strategies = [
        _strategy("CO-ANT", 2024, 2030, ("Energy storage", "", ["27"])),
        _strategy("CO", 2020, 2026, ("Coffee", "", ["01.27"])),  # over by 2027
        _strategy("CO", 2027, 2031, ("Agro-food", "", ["10"])),
        _strategy("ES51", 2021, 2027, ("Tourism", "", ["55"])),
    ]
    assert [p.title for p in priorities_of(strategies, "CO-ANT", 2027)] == ["Energy storage", "Agro-food"]
    assert [p.title for p in priorities_of(strategies, "ES511", 2027)] == ["Tourism"]
    assert priorities_of(strategies, "", 2027) == ()  # a value-chain gap is in no region


def test_a_code_falls_in_a_priority_at_or_below_its_code_and_a_keyword_as_a_phrase():
    assert priority_hit([STORAGE], ["27.20"], []) == STORAGE
    assert priority_hit([STORAGE], ["27"], []) == STORAGE
    assert priority_hit([STORAGE], ["26.11"], []) is None  # same section, other division
    assert priority_hit([STORAGE], ["35.11"], ["Battery Storage"]) == STORAGE
    assert priority_hit([STORAGE], ["35.11"], ["storage systems"]) is None
    assert priority_hit([STORAGE], ["35.11"], ["rural grid"]) is None  # "grids" is another word
    assert priority_hit([], ["27.20"], ["battery storage"]) is None


def test_each_party_in_a_priority_of_its_region_adds_the_fixed_bonus():
    offer = _profile(region_id="ES511", keywords=("solar",), nace_codes=("27.20",))
    request = _profile(region_id="CO-ANT", keywords=("solar",), nace_codes=("27.20",))
    plain = score(offer, request)
    assert (plain.priorities, plain.priority_hits) == (0.0, (None, None))
    one = score(offer, _profile(region_id="CO-ANT", keywords=("solar",), nace_codes=("27.20",), priorities=(STORAGE,)))
    assert one.priorities == PRIORITY_BONUS == 0.05 and one.total == pytest.approx(plain.total + 0.05)
    both = score(
        _profile(region_id="ES511", keywords=("solar",), nace_codes=("27.20",), priorities=(STORAGE,)),
        _profile(region_id="CO-ANT", keywords=("solar",), nace_codes=("27.20",), priorities=(STORAGE,)),
    )
    assert both.priorities == pytest.approx(0.10) and both.total == pytest.approx(plain.total + 0.10)
    assert both.breakdown()["priorities"] == 0.1
    # Off-priority parties get nothing: the offer's codes and keywords are outside the request's region's priority.
    off = score(_profile(region_id="CO-ANT", keywords=("coffee",), nace_codes=("01.27",), priorities=(STORAGE,)), request)
    assert off.priorities == 0.0


def test_the_total_stays_within_one_and_the_explanation_names_the_priority():
    same = _profile(keywords=("battery storage",), nace_codes=("27.20",), ecosystem="energy_renewables", priorities=(STORAGE,))
    s = score(same, same)
    assert s.total == 1.0 and s.priorities == pytest.approx(0.10)
    text = explain(same, same, s)
    assert text.count("it serves the priority 'Energy storage' of the strategy 'RIS3 CO-ANT' (CO-ANT)") == 1
