"""The compliance engine's deadline rules, at fixed dates, for two regional covenants."""

from __future__ import annotations

from datetime import date

from services.covenant.domain import DeadlinePolicy, Evidence, Pillar, SignatoryStatus, affects_compliance, assess

EUROPE = DeadlinePolicy(
    "europe", inventory_within_years=2, assessment_within_years=2, plan_within_years=2, monitoring_every_years=2
)
LATAM = DeadlinePolicy("latin_america_caribbean", plan_within_years=3)
ADHESION = date(2020, 3, 10)


def mitigation_only(**kw) -> Evidence:
    return Evidence(adhesion_date=ADHESION, committed={Pillar.mitigation: ADHESION}, **kw)


def overdue(compliance) -> set[str]:
    return {m.item for m in compliance.missing if m.overdue}


def test_a_new_signatory_is_published_until_its_first_deadline():
    c = assess(mitigation_only(), EUROPE, date(2022, 3, 10))  # the due date itself is still in time
    assert c.status == SignatoryStatus.published
    assert {(m.item, m.due_on) for m in c.missing} == {("inventory", date(2022, 3, 10)), ("plan", date(2022, 3, 10))}
    assert c.next_change_on == date(2022, 3, 11)
    assert c.badges == {"mitigation.commitment"}


def test_a_missed_inventory_puts_the_signatory_on_hold_the_day_after():
    c = assess(mitigation_only(), EUROPE, date(2022, 3, 11))
    assert c.status == SignatoryStatus.on_hold
    assert overdue(c) == {"inventory", "plan"}


def test_the_plan_deadline_is_two_years_in_europe_and_three_in_latin_america():
    evidence = mitigation_only(baseline_inventory=date(2021, 1, 5))
    on = date(2022, 6, 1)
    europe, latam = assess(evidence, EUROPE, on), assess(evidence, LATAM, on)
    assert europe.status == SignatoryStatus.on_hold and overdue(europe) == {"plan"}
    assert latam.status == SignatoryStatus.published and overdue(latam) == set()
    assert [m.due_on for m in latam.missing if m.item == "plan"] == [date(2023, 3, 10)]
    assert assess(evidence, LATAM, date(2023, 3, 11)).status == SignatoryStatus.on_hold


def test_a_late_submission_reinstates_a_signatory_on_hold():
    on = date(2023, 1, 1)
    held = assess(mitigation_only(), EUROPE, on)
    assert held.status == SignatoryStatus.on_hold
    reinstated = assess(
        mitigation_only(baseline_inventory=date(2022, 12, 1), plans={Pillar.mitigation: date(2022, 12, 20)}), EUROPE, on
    )
    assert reinstated.status == SignatoryStatus.published
    assert reinstated.badges == {"mitigation.commitment", "mitigation.inventory", "mitigation.plan"}


def test_monitoring_is_due_every_two_years_after_the_plan():
    evidence = mitigation_only(baseline_inventory=date(2021, 1, 5), plans={Pillar.mitigation: date(2021, 6, 1)})
    assert assess(evidence, EUROPE, date(2023, 6, 1)).status == SignatoryStatus.published
    late = assess(evidence, EUROPE, date(2023, 6, 2))
    assert late.status == SignatoryStatus.on_hold and overdue(late) == {"monitoring"}
    evidence.monitoring = [date(2023, 7, 1)]
    monitored = assess(evidence, EUROPE, date(2024, 1, 1))
    assert monitored.status == SignatoryStatus.published
    assert [m.due_on for m in monitored.missing] == [date(2025, 7, 1)]


def test_adaptation_needs_a_risk_assessment_and_counts_from_its_own_commitment_date():
    evidence = mitigation_only(baseline_inventory=date(2021, 1, 5), plans={Pillar.mitigation: date(2021, 6, 1)})
    evidence.committed[Pillar.adaptation] = date(2022, 9, 1)  # joined CoM 2030 later
    evidence.monitoring = [date(2023, 5, 1)]
    assert assess(evidence, EUROPE, date(2024, 9, 1)).status == SignatoryStatus.published
    c = assess(evidence, EUROPE, date(2024, 9, 2))
    assert c.status == SignatoryStatus.on_hold
    assert {(m.item, m.pillar) for m in c.missing if m.overdue} == {
        ("risk_assessment", Pillar.adaptation),
        ("plan", Pillar.adaptation),
    }


def test_badges_follow_what_was_submitted_per_pillar():
    evidence = Evidence(
        adhesion_date=ADHESION,
        committed={Pillar.mitigation: ADHESION, Pillar.adaptation: ADHESION, Pillar.energy_access: ADHESION},
        targets={Pillar.mitigation, Pillar.adaptation},
        baseline_inventory=date(2021, 1, 1),
        risk_assessment=date(2021, 1, 1),
        energy_access_assessment=date(2021, 1, 1),
        plans={Pillar.energy_access: date(2021, 2, 1)},
    )
    assert assess(evidence, EUROPE, date(2021, 3, 1)).badges == {
        "mitigation.commitment",
        "mitigation.inventory",
        "mitigation.target",
        "adaptation.commitment",
        "adaptation.risk_assessment",
        "adaptation.goal",
        "energy_access.commitment",
        "energy_access.assessment",
        "energy_access.plan",
    }


def test_members_of_a_joint_plan_and_withdrawn_signatories_owe_nothing():
    member = assess(mitigation_only(reporting_expected=False), EUROPE, date(2030, 1, 1))
    assert member.status == SignatoryStatus.published and member.missing == () and member.next_change_on is None
    gone = assess(mitigation_only(withdrawn=True), EUROPE, date(2030, 1, 1))
    assert gone.status == SignatoryStatus.withdrawn and gone.missing == ()


def test_a_deadline_on_29_february_falls_on_28_february():
    leap = Evidence(adhesion_date=date(2024, 2, 29), committed={Pillar.mitigation: date(2024, 2, 29)})
    assert {m.due_on for m in assess(leap, EUROPE, date(2024, 3, 1)).missing} == {date(2026, 2, 28)}


def test_only_fields_the_engine_reads_call_for_a_reassessment():
    assert not affects_compliance(["name", "population", "coordinators"])
    assert affects_compliance(["population", "adhesion_date"])
    assert affects_compliance(["commitments"]) and affects_compliance(["reported_status"])
