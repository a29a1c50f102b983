"""A local action plan runs for its pairing's minimum cooperation, as pairing.confirmed carries it."""

from datetime import date

from services.action_plans.domain import local_plan_period


def test_the_period_ends_on_the_pairings_earliest_completion():
    confirmed = date(2027, 3, 1)
    assert local_plan_period(confirmed, date(2029, 3, 1), 24) == (confirmed, date(2029, 3, 1))  # a 24-month call
    assert local_plan_period(confirmed, date(2028, 9, 1), 24) == (confirmed, date(2028, 9, 1))  # 18 months


def test_a_confirmation_without_a_later_completion_gets_the_default_months():
    confirmed = date(2027, 3, 1)
    assert local_plan_period(confirmed, confirmed, 24) == (confirmed, date(2029, 2, 18))
