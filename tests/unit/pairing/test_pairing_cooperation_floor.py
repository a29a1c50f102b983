"""A call's pairings cooperate at least its own minimum months, never fewer than the programme's 18."""

from datetime import UTC, date, datetime

from services.pairing import domain
from services.pairing.domain import PartyKind
from services.pairing.models import CallSettings
from services.pairing.service import terms_of

CONFIRMED = datetime(2027, 3, 1, 9, tzinfo=UTC)


def test_the_floor_is_the_calls_months_and_at_least_18():
    assert domain.cooperation_floor(None) == 18
    assert domain.cooperation_floor(24) == 24
    assert domain.cooperation_floor(12) == 18  # a call older than the rule cannot shorten it


def test_settings_may_ask_for_more_months_than_the_call_but_not_fewer():
    assert domain.settings_months_problem(24, 24) is None
    assert domain.settings_months_problem(30, 24) is None
    assert "24" in domain.settings_months_problem(20, 24)


def test_a_24_month_call_completes_no_earlier_than_24_months():
    assert domain.earliest_completion(CONFIRMED, 24) == date(2029, 3, 1)
    assert domain.completion_problem(CONFIRMED, date(2028, 9, 2), 24, False, None) is not None
    assert domain.completion_problem(CONFIRMED, date(2029, 3, 1), 24, False, None) is None


def test_terms_hold_the_settings_to_the_floor():
    assert terms_of(None, PartyKind.city).min_cooperation_months == 18
    assert terms_of(None, PartyKind.city, 24).min_cooperation_months == 24
    settings = CallSettings(
        call_id="c",
        weights=dict(domain.DEFAULT_WEIGHTS),
        quota=1,
        side_a_regions=["eu"],
        side_b_regions=["asia"],
        proposal_expiry_days=14,
        min_cooperation_months=18,
    )
    assert terms_of(settings, PartyKind.city, 24).min_cooperation_months == 24  # put before the call was known
    settings.min_cooperation_months = 30
    assert terms_of(settings, PartyKind.city, 24).min_cooperation_months == 30
