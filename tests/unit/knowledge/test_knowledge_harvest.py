"""What a harvested draft holds, from the events of the action-plans and pairing services."""

from __future__ import annotations

from datetime import UTC, date, datetime

from services.knowledge.domain import PracticeKind
from services.knowledge.harvest import draft_from_action, draft_from_pairing, result_line
from shared.contracts.action_plans import ActionCompleted, ActionResult, PlanRef
from shared.contracts.pairing import PairingCompleted, PairingParty


def _action(kind: str = "pilot_project", **kw) -> ActionCompleted:
    base = dict(
        action_id="a-1",
        plan=PlanRef(plan_id="p-1", kind="local_action_plan", city_id="c-1"),
        title="Car-free school streets",
        kind=kind,
        description="Streets around schools closed to cars at drop-off times.",
        theme="Mobility",
        sector="Transport",
        country_code="it",
        completed_at=datetime(2026, 9, 1, tzinfo=UTC),
    )
    return ActionCompleted(**base | kw)


def test_only_pilot_projects_become_drafts():
    assert draft_from_action(_action("policy")) is None
    assert draft_from_action(_action("activity")) is None
    assert draft_from_action(_action()) is not None


def test_a_pilot_project_draft_links_back_and_keeps_its_facts():
    d = draft_from_action(
        _action(results=[ActionResult(indicator_id="i", name="Pupils walking", unit="%", baseline=20, latest=45)])
    )
    assert d.kind == PracticeKind.good_practice and d.harvest_key == "action_plans/action/a-1"
    assert (d.action_id, d.plan_id, d.year) == ("a-1", "p-1", 2026)
    assert d.themes == ("mobility",) and d.sectors == ("transport",)
    assert d.places[0].country_code == "IT" and d.places[0].city_id == "c-1" and d.places[0].name == "Italy"
    assert d.results == "Pupils walking: 20 -> 45 %"
    assert d.notes == []


def test_what_the_library_cannot_file_is_noted_not_fatal():
    d = draft_from_action(_action(country_code="ZZ", theme="!!", sector=None))
    assert d.places[0].country_code is None and d.themes == () and d.sectors == ()
    assert len(d.notes) == 2


def test_a_result_line_reads_well_without_a_baseline():
    r = ActionResult(indicator_id="i", name="Trees planted", unit="", latest=300, goal=500)
    assert result_line(r) == "Trees planted: ? -> 300 (goal 500)"


def test_a_pairing_draft_has_both_parties_and_what_they_did():
    ev = PairingCompleted(
        pairing_id="pg-1",
        call_id="call-1",
        party_a=PairingParty(kind="city", id="c-a", name="Lyon", country_code="FR", world_region="eu"),
        party_b=PairingParty(
            kind="region", id="CO-ANT", name="Antioquia", country_code="CO", world_region="latin_america_caribbean"
        ),
        confirmed_at=datetime(2025, 1, 1, tzinfo=UTC),
        completed_at=datetime(2026, 8, 1, tzinfo=UTC),
        summary="2 activities.",
    )
    d = draft_from_pairing(ev)
    assert d.kind == PracticeKind.lessons_learnt and d.harvest_key == "pairing/pairing/pg-1"
    assert d.title == "Lessons learnt: Lyon and Antioquia" and d.summary == "2 activities."
    assert [(p.city_id, p.region_code) for p in d.places] == [("c-a", None), (None, "CO-ANT")]
    assert (d.period_start, d.period_end) == (date(2025, 1, 1), date(2026, 8, 1))
