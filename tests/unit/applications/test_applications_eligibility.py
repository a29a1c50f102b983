"""Eligibility rules of a call, without a database."""

from datetime import date

from services.applications.domain import CallTerms, Candidate, Component, check_eligibility

TERMS = CallTerms(
    component=Component.city_pairing,
    opens_on=date(2026, 1, 1),
    closes_on=date(2026, 6, 30),
    eligible_regions=frozenset({"eu", "latin_america_caribbean"}),
    population_threshold=100_000,
    min_cooperation_months=18,
    themes=frozenset({"climate", "mobility"}),
)


def candidate(**kw):
    base = dict(
        lead_region="eu", populations=(250_000,), planned_cooperation_months=18, themes=frozenset({"climate"}), summary="Plan"
    )
    return Candidate(**(base | kw))


def rules(result):
    return [v.rule for v in result.violations]


def test_an_eligible_application_passes():
    assert check_eligibility(TERMS, candidate(), date(2026, 3, 1)).ok


def test_a_closed_call_is_named():
    result = check_eligibility(TERMS, candidate(), date(2026, 7, 1))
    assert rules(result) == ["call_open"]
    assert "closed on 2026-06-30" in result.violations[0].detail


def test_a_call_not_yet_open_is_named():
    assert rules(check_eligibility(TERMS, candidate(), date(2025, 12, 31))) == ["call_open"]


def test_a_small_city_breaks_the_population_rule():
    result = check_eligibility(TERMS, candidate(populations=(40_000,)), date(2026, 3, 1))
    assert rules(result) == ["population_threshold"]
    assert "40,000" in result.violations[0].detail


def test_a_group_of_municipalities_counts_its_total():
    assert check_eligibility(TERMS, candidate(populations=(40_000, 35_000, 30_000)), date(2026, 3, 1)).ok
    short = check_eligibility(TERMS, candidate(populations=(40_000, 35_000)), date(2026, 3, 1))
    assert rules(short) == ["population_threshold"]
    assert "in total 75,000" in short.violations[0].detail


def test_every_broken_rule_is_listed_not_only_the_first():
    bad = candidate(
        lead_region="asia", populations=(40_000,), planned_cooperation_months=6, themes=frozenset({"tourism"}), summary=" "
    )
    result = check_eligibility(TERMS, bad, date(2027, 1, 1))
    assert rules(result) == [
        "call_open",
        "eligible_region",
        "population_threshold",
        "min_cooperation_months",
        "themes_match",
        "summary_present",
    ]


def test_a_call_without_regions_or_themes_accepts_any():
    open_terms = CallTerms(**(TERMS.__dict__ | {"eligible_regions": frozenset(), "themes": frozenset()}))
    assert check_eligibility(open_terms, candidate(lead_region="africa", themes=frozenset()), date(2026, 3, 1)).ok
