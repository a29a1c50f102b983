"""The programme's minimum cooperation bounds what a call may ask for."""

from services.applications.domain import MIN_COOPERATION_MONTHS, call_problems


def test_a_call_asks_for_at_least_the_programmes_18_months():
    assert MIN_COOPERATION_MONTHS == 18
    assert call_problems(18) == []
    assert call_problems(24) == []
    [broken] = call_problems(17)
    assert (broken["rule"], broken["pointer"]) == ("min_cooperation_months", "/min_cooperation_months")
    assert "18" in broken["detail"] and "17" in broken["detail"]
    assert call_problems(0) != []
