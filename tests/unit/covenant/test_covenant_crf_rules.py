"""The CRF's hazard list with its aliases, and an inventory line's emissions from its activity data."""

from __future__ import annotations

from services.covenant.crf import ClimateHazard, hazard_of, line_emissions


def test_a_hazard_is_a_crf_code_or_an_alias_of_one():
    assert hazard_of("storms") == ClimateHazard.storms
    assert hazard_of("floods") == hazard_of("sea_level_rise") == ClimateHazard.floods_and_sea_level_rise
    assert hazard_of("forest_fires") == ClimateHazard.wildfires
    assert hazard_of("Floods") is None and hazard_of("zombies") is None


def test_a_lines_emissions_are_stated_or_activity_times_factor():
    assert line_emissions(1000, 0.267, None) == 267.0
    assert line_emissions(1000, 0.267, 250) == 250
    assert line_emissions(1000, None, None) is None
    assert line_emissions(None, 0.2, None) is None
