"""The SDG list shipped with the product."""

from __future__ import annotations

from shared.reference.sdgs import is_sdg, sdg, sdgs


def test_there_are_seventeen_goals_in_three_languages():
    goals = sdgs()
    assert sorted(goals) == list(range(1, 18))
    assert sdg(13).short["en"] == "Climate action"
    assert all(g.title["es"] and g.title["fr"] for g in goals.values())


def test_eighteen_is_not_a_goal():
    assert not is_sdg(18) and not is_sdg(0) and is_sdg(17)
