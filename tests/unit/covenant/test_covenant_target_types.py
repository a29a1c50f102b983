"""The CRF's four target types, at fixed numbers: what each needs, its level in the target year,
and whether a later inventory is on track."""

from __future__ import annotations

import pytest

from services.covenant.domain import TargetType
from services.covenant.targets import IntensityUnit, TargetSpec, on_track, target_level, type_problems

BASE_YEAR = TargetSpec(TargetType.base_year, 2030, base_year=2005, reduction_percent=40, base_emissions_tco2e=100_000)
FIXED = TargetSpec(TargetType.fixed_level, 2030, base_year=2005, base_emissions_tco2e=100_000, fixed_level_tco2e=45_000)
BAU = TargetSpec(
    TargetType.baseline_scenario,
    2030,
    base_year=2010,
    reduction_percent=30,
    base_emissions_tco2e=120_000,
    bau_emissions_tco2e=150_000,
)
PER_CAPITA = TargetSpec(
    TargetType.intensity,
    2030,
    base_year=2010,
    reduction_percent=30,
    intensity_unit=IntensityUnit.per_capita,
    base_intensity=5.0,
    target_denominator=200_000,
)
PER_GDP = TargetSpec(
    TargetType.intensity,
    2030,
    base_year=2010,
    reduction_percent=50,
    intensity_unit=IntensityUnit.per_gdp,
    base_intensity=0.4,
    target_denominator=3_000,
    denominator_unit="EUR million",
)


def rules(spec: TargetSpec) -> set[str]:
    return {b.rule for b in type_problems(spec)}


def test_a_base_year_target_reduces_the_base_years_inventory():
    assert rules(BASE_YEAR) == set()
    assert target_level(BASE_YEAR) == pytest.approx(60_000)


def test_a_fixed_level_target_is_its_level():
    assert rules(FIXED) == set()
    assert target_level(FIXED) == 45_000


def test_a_baseline_scenario_target_reduces_the_bau_projection():
    assert rules(BAU) == set()
    assert target_level(BAU) == pytest.approx(105_000)


def test_an_intensity_target_multiplies_the_aimed_intensity_by_the_denominator():
    assert rules(PER_CAPITA) == set()
    assert target_level(PER_CAPITA) == pytest.approx(700_000)  # 5 t x 0.7 x 200,000 inhabitants
    assert rules(PER_GDP) == set()
    assert target_level(PER_GDP) == pytest.approx(600)  # 0.4 t x 0.5 x 3,000 EUR million


def test_each_type_names_what_it_misses():
    assert rules(TargetSpec(TargetType.base_year, 2030, base_year=2005, reduction_percent=40)) == {"base_year_inventory_missing"}
    assert rules(TargetSpec(TargetType.base_year, 2030, base_year=2005, base_emissions_tco2e=1)) == {"reduction_percent_required"}
    assert rules(TargetSpec(TargetType.fixed_level, 2030)) == {"fixed_level_required"}
    assert rules(TargetSpec(TargetType.baseline_scenario, 2030, reduction_percent=30)) == {"bau_projection_required"}
    assert rules(TargetSpec(TargetType.intensity, 2030, base_year=2010, reduction_percent=30)) == {
        "intensity_unit_required",
        "base_intensity_required",
        "intensity_denominator_required",
    }
    no_unit = TargetSpec(
        TargetType.intensity,
        2030,
        base_year=2010,
        reduction_percent=30,
        intensity_unit=IntensityUnit.per_gdp,
        base_intensity=0.4,
        target_denominator=3_000,
    )
    assert rules(no_unit) == {"gdp_unit_required"}


def test_a_field_of_another_type_is_refused():
    assert rules(TargetSpec(TargetType.fixed_level, 2030, fixed_level_tco2e=1, reduction_percent=20)) == {"field_not_for_type"}
    mixed = TargetSpec(
        TargetType.base_year, 2030, base_year=2005, reduction_percent=40, base_emissions_tco2e=1, bau_emissions_tco2e=9
    )
    assert [(b.rule, b.field) for b in type_problems(mixed)] == [("field_not_for_type", "bau_emissions_tco2e")]


def test_a_later_inventory_is_on_track_at_or_under_the_straight_path():
    # 2005: 100,000 t -> 2030: 60,000 t; in 2020 (15 of 25 years) the path is at 76,000 t.
    assert on_track(BASE_YEAR, 2020, 76_000) is True
    assert on_track(BASE_YEAR, 2020, 76_001) is False
    assert on_track(BASE_YEAR, 2031, 60_000) is True and on_track(BASE_YEAR, 2031, 60_500) is False
    assert on_track(BASE_YEAR, 2005, 1) is None  # the base year itself says nothing
    # BAU: 2010 120,000 t -> 2030 105,000 t; 2020 is halfway, 112,500 t.
    assert on_track(BAU, 2020, 112_500) is True and on_track(BAU, 2020, 113_000) is False
    # Fixed level: 2005 100,000 t -> 2030 45,000 t; 2016 (11 of 25) the path is at 75,800 t.
    assert on_track(FIXED, 2016, 75_800) is True and on_track(FIXED, 2016, 76_000) is False


def test_without_a_start_only_the_target_year_tells():
    fixed = TargetSpec(TargetType.fixed_level, 2030, fixed_level_tco2e=45_000)
    assert on_track(fixed, 2020, 10) is None
    assert on_track(fixed, 2030, 45_000) is True and on_track(fixed, 2030, 45_001) is False


def test_an_intensity_target_is_tracked_per_inhabitant():
    # 2010: 5 t/inhabitant -> 2030: 3.5 t; in 2020 the path is at 4.25 t.
    assert on_track(PER_CAPITA, 2020, 4.25 * 180_000, population=180_000) is True
    assert on_track(PER_CAPITA, 2020, 4.3 * 180_000, population=180_000) is False
    assert on_track(PER_CAPITA, 2020, 1.0) is None  # no population in the inventory
    assert on_track(PER_CAPITA, 2030, 700_000) is True  # the target year's denominator
    assert on_track(PER_GDP, 2020, 1.0) is None  # no GDP of 2020
    assert on_track(PER_GDP, 2030, 600) is True and on_track(PER_GDP, 2030, 601) is False
