"""The life of an opportunity as plain rules: review before publication, expiry, renewal."""

from datetime import date

import pytest

from services.value_chains.domain import (
    OPPORTUNITY_MOVES,
    OpportunityAction,
    OpportunityStatus,
    add_months,
    check_open_for_matching,
    expiry_on_publication,
    opportunity_move,
    opportunity_status,
    renewal_status,
)

S, A = OpportunityStatus, OpportunityAction
TODAY = date(2027, 3, 1)


def test_a_submitted_opportunity_is_published_or_rejected_and_only_then_renewed():
    assert opportunity_move("submitted", A.publish) == (S.open, [])
    assert opportunity_move("submitted", A.reject) == (S.rejected, [])
    assert opportunity_move("submitted", A.withdraw) == (S.withdrawn, [])
    assert opportunity_move("open", A.withdraw) == (S.withdrawn, [])
    assert opportunity_move("open", A.renew) == (S.open, [])


@pytest.mark.parametrize(
    ("status", "action", "rule"),
    [
        ("open", A.publish, "publish_submitted"),
        ("rejected", A.publish, "publish_submitted"),
        ("withdrawn", A.publish, "publish_submitted"),
        ("open", A.reject, "reject_submitted"),
        ("rejected", A.reject, "reject_submitted"),
        ("rejected", A.withdraw, "withdraw_submitted_or_open"),
        ("withdrawn", A.withdraw, "withdraw_submitted_or_open"),
        ("submitted", A.renew, "renew_published"),
        ("rejected", A.renew, "renew_published"),
        ("withdrawn", A.renew, "renew_published"),
    ],
)
def test_every_other_move_names_the_rule_it_breaks(status, action, rule):
    to, [violation] = opportunity_move(status, action)
    assert to is None and violation.rule == rule and status in violation.detail


def test_rejected_and_withdrawn_are_final():
    assert not [k for k in OPPORTUNITY_MOVES if k[0] in (S.rejected, S.withdrawn)]


def test_twelve_months_after_publication_unless_a_later_date_was_asked_for():
    assert add_months(date(2027, 3, 1), 12) == date(2028, 3, 1)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert expiry_on_publication(None, TODAY, 12) == date(2028, 3, 1)
    assert expiry_on_publication(date(2027, 6, 1), TODAY, 12) == date(2027, 6, 1)
    # A date that passed while the opportunity waited for review gives way to the default.
    assert expiry_on_publication(date(2027, 2, 1), TODAY, 12) == date(2028, 3, 1)
    assert expiry_on_publication(TODAY, TODAY, 6) == date(2027, 9, 1)


def test_a_partners_renewal_of_one_long_expired_goes_back_to_review_an_admins_does_not():
    assert renewal_status(date(2027, 3, 10), TODAY, by_admin=False, review_after_days=90) == S.open  # not expired yet
    assert renewal_status(date(2026, 12, 1), TODAY, by_admin=False, review_after_days=90) == S.open  # 90 days ago
    assert renewal_status(date(2026, 11, 30), TODAY, by_admin=False, review_after_days=90) == S.submitted
    assert renewal_status(date(2025, 1, 1), TODAY, by_admin=True, review_after_days=90) == S.open


def test_only_an_open_unexpired_opportunity_reads_open_and_is_matched():
    assert opportunity_status("open", TODAY, TODAY) == "open"
    assert opportunity_status("open", date(2027, 2, 28), TODAY) == "expired"
    assert opportunity_status("submitted", None, TODAY) == "submitted"
    assert opportunity_status("rejected", date(2027, 2, 28), TODAY) == "rejected"
    assert [v.rule for v in check_open_for_matching("submitted", None, TODAY)] == ["opportunity_open"]
    assert check_open_for_matching("open", TODAY, TODAY) == []
