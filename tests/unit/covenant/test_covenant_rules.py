"""Targets, adhesion types and the regional covenant map."""

from __future__ import annotations

import pytest

from services.covenant.domain import (
    REGIONAL_COVENANTS,
    AdhesionType,
    RegionalCovenantMap,
    TargetType,
    UnknownCountry,
    parse_adhesion_type,
    target_problems,
)
from shared.reference import countries


def rules(*args) -> set[str]:
    return {b.rule for b in target_problems(*args)}


def test_a_possible_target_breaks_no_rule():
    assert rules(TargetType.base_year, 2005, 2030, 55.0) == set()
    assert rules(TargetType.fixed_level, None, 2050, 100.0) == set()


def test_a_target_year_before_the_base_year_is_impossible():
    assert rules(TargetType.base_year, 2030, 2020, 40.0) == {"target_year_before_base_year"}


def test_a_reduction_above_100_percent_is_impossible():
    assert rules(TargetType.intensity, 2010, 2030, 120.0) == {"reduction_above_100_percent"}


def test_every_broken_rule_is_listed_at_once():
    assert rules(TargetType.base_year, 2030, 2020, 101.0) == {"target_year_before_base_year", "reduction_above_100_percent"}
    assert rules(TargetType.base_year, None, 2030, 0.0) == {"base_year_required", "reduction_not_positive"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("As an individual signatory", AdhesionType.individual),
        ("As a group of signatories committing individually (joint SEAP - option 1)", AdhesionType.group_option_1),
        (
            "As a group of signatories committing collectively (joint SECAP - option 2)",
            AdhesionType.group_option_2,
        ),
        ("1", AdhesionType.individual),  # the one row of the 2024 file that gives the dictionary's number
        ("group_option_2", AdhesionType.group_option_2),
    ],
)
def test_adhesion_types_are_read_in_every_spelling_the_sources_use(raw, expected):
    assert parse_adhesion_type(raw) == expected


def test_an_unknown_adhesion_type_is_refused():
    with pytest.raises(ValueError, match="adhesion_type"):
        parse_adhesion_type("as a friend")


def test_the_default_map_gives_every_country_a_regional_covenant():
    covenants = RegionalCovenantMap.from_csv()
    missing = [c for c in countries() if c not in covenants.by_country and c != "AQ"]
    assert missing == []
    assert set(covenants.by_country.values()) == set(REGIONAL_COVENANTS)
    expected = {
        "IT": "europe",
        "ua": "east",
        "LB": "south_mediterranean",
        "NG": "sub_saharan_africa",
        "CO": "latin_america_caribbean",
        "US": "north_america",
        "IN": "south_asia",
        "ID": "southeast_asia",
        "CN": "east_asia",
        "JP": "japan",
        "NZ": "oceania",
    }
    assert {k: covenants.covenant_of(k) for k in expected} == expected


def test_the_map_is_data_and_can_be_replaced(tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("country_code,regional_covenant\nMX,north_america\n")
    covenants = RegionalCovenantMap.from_csv(path)
    assert covenants.covenant_of("mx") == "north_america"
    with pytest.raises(UnknownCountry):
        covenants.covenant_of("IT")
    path.write_text("country_code,regional_covenant\nMX,atlantis\n")
    with pytest.raises(ValueError, match="atlantis"):
        RegionalCovenantMap.from_csv(path)
