"""Deadline extensions: an obligation is not late before its extended date, and an extension
must move a deadline the signatory has, later."""

from __future__ import annotations

from datetime import date

from services.covenant.domain import DeadlinePolicy, Evidence, Obligation, Pillar, SignatoryStatus, assess, extension_problems

EUROPE = DeadlinePolicy("europe")
ADHESION = date(2020, 3, 10)


def evidence(**extensions: date) -> Evidence:
    return Evidence(
        adhesion_date=ADHESION,
        committed={Pillar.mitigation: ADHESION},
        baseline_inventory=date(2021, 1, 5),
        extensions={(item, Pillar.mitigation): on for item, on in extensions.items()},
    )


def test_an_extended_obligation_is_not_late_before_its_new_date():
    assert assess(evidence(), EUROPE, date(2022, 6, 1)).status == SignatoryStatus.on_hold
    extended = assess(evidence(plan=date(2022, 12, 31)), EUROPE, date(2022, 6, 1))
    assert extended.status == SignatoryStatus.published
    assert [(m.item, m.due_on, m.overdue) for m in extended.missing] == [("plan", date(2022, 12, 31), False)]
    assert extended.next_change_on == date(2023, 1, 1)
    assert assess(evidence(plan=date(2022, 12, 31)), EUROPE, date(2023, 1, 1)).status == SignatoryStatus.on_hold


def test_an_extension_never_brings_a_deadline_forward():
    c = assess(evidence(plan=date(2021, 1, 1)), EUROPE, date(2021, 6, 1))
    assert [m.due_on for m in c.missing] == [date(2022, 3, 10)]


def test_an_extension_is_for_a_report_owed_and_later_than_its_deadline():
    missing = [m.as_dict() for m in assess(evidence(), EUROPE, date(2022, 6, 1)).missing]
    assert extension_problems(missing, Obligation.plan, Pillar.mitigation, date(2022, 12, 31)) == []
    assert [b.rule for b in extension_problems(missing, Obligation.plan, None, date(2022, 12, 31))] == ["pillar_required"]
    assert [b.rule for b in extension_problems(missing, Obligation.plan, Pillar.mitigation, date(2022, 3, 10))] == [
        "extension_not_later"
    ]
    assert [b.rule for b in extension_problems(missing, Obligation.inventory, None, date(2023, 1, 1))] == ["obligation_not_owed"]
    assert [b.rule for b in extension_problems(missing, Obligation.risk_assessment, None, date(2023, 1, 1))] == [
        "obligation_not_owed"
    ]
