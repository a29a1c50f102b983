"""The rules of quotas, locked pairs and planned activities, one by one (their properties over random rounds:
test_pairing_round_constraints.py)."""

from datetime import date

from services.pairing.domain import ActivityStatus, Constraints, PairingTerms, activity_change_problem, held_problem, pair_key
from services.pairing.round_constraints import Quotas, lock_problems, plan_locks
from tests.unit.pairing.pairing_parties import city

LYON, GRAZ, RECIFE, BOGOTA, PUNE = (
    city("lyon", "FR"),
    city("graz", "AT"),
    city("recife", "BR"),
    city("bogota", "CO"),
    city("pune", "IN"),
)
PARTIES = {p.id: p for p in (LYON, GRAZ, RECIFE, BOGOTA, PUNE)}


def test_a_pairing_counts_against_the_region_and_the_country_of_each_party():
    q = Quotas({"latin_america_caribbean": 3, "eu": 5}, {"BR": 2})
    assert q.groups_of(RECIFE) == ("region:latin_america_caribbean", "country:BR")
    assert q.groups_of(BOGOTA) == ("region:latin_america_caribbean",) and q.groups_of(PUNE) == ()
    assert q.usage([(LYON, RECIFE), (GRAZ, BOGOTA)]) == {"region:eu": 2, "region:latin_america_caribbean": 2, "country:BR": 1}
    assert q.over([(LYON, RECIFE), (GRAZ, RECIFE), (LYON, RECIFE)]) == {"country:BR": 3}
    assert not Quotas() and Quotas({}, {"BR": 0})


def test_a_lock_names_two_candidates_one_on_each_side():
    c = Constraints(PairingTerms())
    assert lock_problems(LYON, RECIFE, c) == [] and lock_problems(RECIFE, LYON, c) == []
    assert [e["rule"] for e in lock_problems(LYON, GRAZ, c)] == ["same_side"]
    assert [(e["rule"], e["pointer"]) for e in lock_problems(None, LYON, c)] == [("unknown_candidate", "/party_a_id")]
    narrow = Constraints(PairingTerms(side_b_regions=frozenset({"latin_america_caribbean"})))
    assert [e["rule"] for e in lock_problems(LYON, PUNE, narrow)] == ["partner_regions"]


def test_a_round_proposes_the_feasible_locks_and_says_why_not_the_others():
    c = Constraints(PairingTerms(), forbidden=frozenset({pair_key("graz", "bogota")}))
    plan = plan_locks([("recife", "lyon"), ("graz", "bogota"), ("pune", "gone")], PARTIES, c, paired=set())
    assert [(x.id, y.id) for x, y in plan.proposed] == [("lyon", "recife")]  # turned to side a first
    assert [s["reason"] for s in plan.skipped] == ["forbidden_pair", "not_a_candidate"]
    assert plan.parties == {"lyon", "recife", "graz", "bogota", "pune", "gone"}
    assert plan_locks([("lyon", "recife")], PARTIES, c, paired={"recife"}).skipped[0]["reason"] == "already_paired"


def test_an_activity_is_held_once_it_is_over():
    assert held_problem(date(2027, 5, 6), date(2027, 5, 6)) is None
    assert "2027-05-06" in held_problem(date(2027, 5, 6), date(2027, 5, 5))


def test_planned_activities_are_edited_held_or_cancelled_held_ones_only_edited():
    for change in ("edit", "hold", "cancel"):
        assert activity_change_problem(ActivityStatus.planned, change) is None
    assert activity_change_problem(ActivityStatus.held, "edit") is None
    assert activity_change_problem(ActivityStatus.held, "cancel") is not None
    assert activity_change_problem(ActivityStatus.held, "hold") is not None
    assert all(activity_change_problem(ActivityStatus.cancelled, c) for c in ("edit", "hold", "cancel"))
