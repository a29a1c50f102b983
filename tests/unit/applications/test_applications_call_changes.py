"""The rules of changing a call, without a database: its terms until it opens, its dates in order, closing it
early (and nothing submitted from then on); and what an edit of an application writes to its history."""

from dataclasses import replace
from datetime import date

from services.applications.calls.rules import TERMS, Window, close_problems, date_problems, terms_problems, window
from services.applications.domain import CallTerms, Candidate, Component, check_eligibility, field_changes

OPENS, CLOSES = date(2027, 1, 15), date(2027, 4, 30)


def test_a_call_is_upcoming_open_or_closed_and_closed_from_the_day_it_closes_early():
    assert window(OPENS, CLOSES, False, date(2027, 1, 14)) == Window.upcoming
    assert window(OPENS, CLOSES, False, OPENS) == Window.open
    assert window(OPENS, CLOSES, False, CLOSES) == Window.open
    assert window(OPENS, CLOSES, False, date(2027, 5, 1)) == Window.closed
    assert window(OPENS, date(2027, 2, 1), True, date(2027, 2, 1)) == Window.closed


def test_the_terms_change_only_until_the_call_opens():
    assert terms_problems(list(TERMS), OPENS, date(2027, 1, 14)) == []
    broken = terms_problems(["title", "min_cooperation_months"], OPENS, OPENS)
    assert [(e["rule"], e["pointer"]) for e in broken] == [("call_open", "/title"), ("call_open", "/min_cooperation_months")]
    assert "2027-01-15" in broken[0]["detail"]
    # review visibility, criteria and the panel keep rules of their own
    assert terms_problems(["review_visibility", "criteria", "reviewers"], OPENS, CLOSES) == []


def test_the_dates_keep_their_order():
    assert date_problems(OPENS, CLOSES) == []
    assert date_problems(OPENS, OPENS) == []
    [broken] = date_problems(CLOSES, OPENS)
    assert (broken["rule"], broken["pointer"]) == ("date_order", "/closes_on")


def test_only_an_open_call_is_closed_early():
    assert close_problems(Window.open, OPENS) == []
    assert [e["rule"] for e in close_problems(Window.upcoming, OPENS)] == ["call_not_open"]
    assert [e["rule"] for e in close_problems(Window.closed, OPENS)] == ["call_closed"]


def test_nothing_is_submitted_on_the_day_a_call_closes_early():
    terms = CallTerms(
        component=Component.city_pairing,
        opens_on=OPENS,
        closes_on=date(2027, 3, 1),
        eligible_regions=frozenset(),
        population_threshold=0,
        min_cooperation_months=18,
        themes=frozenset(),
    )
    candidate = Candidate(lead_region="eu", populations=(1,), planned_cooperation_months=18, themes=frozenset(), summary="s")
    assert check_eligibility(terms, candidate, date(2027, 3, 1)).ok
    closed = check_eligibility(replace(terms, closed_early=True), candidate, date(2027, 3, 1))
    assert [v.rule for v in closed.violations] == ["call_open"] and "2027-03-01" in closed.violations[0].detail


def test_an_edit_names_the_fields_it_changed_with_old_and_new_for_scalars():
    before = {"title": "Old", "summary": "Same", "planned_cooperation_months": 18, "themes": ["climate"]}
    after = {"title": "New", "summary": "Same", "planned_cooperation_months": 24, "themes": ["climate", "water"]}
    assert field_changes(before, after) == [
        {"field": "title", "old": "Old", "new": "New"},
        {"field": "planned_cooperation_months", "old": 18, "new": 24},
        {"field": "themes"},
    ]
    assert field_changes(before, {"themes": ["climate"], "title": "Old"}) == []
