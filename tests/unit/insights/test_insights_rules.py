"""What events change, through the pure rules with fixed numbers: no database."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime

from services.insights.domain import Known, mean_by
from services.insights.rules import apply
from shared.contracts import action_plans as ap
from shared.contracts import applications as apps
from shared.contracts import covenant as cov
from shared.contracts import knowledge as kn
from shared.contracts import pairing as pr

D1, D2 = date(2026, 11, 2), date(2026, 11, 20)
AT = datetime(2026, 11, 2, 9, tzinfo=UTC)


def run(known: Known, *steps: tuple[date, object]) -> dict[tuple[str, str], float]:
    """Apply events in order; the net change per (metric, bucket), zeros and event counts left out."""
    net: dict[tuple[str, str], float] = defaultdict(float)
    for day, payload in steps:
        for c in apply(day, payload.event_type(), payload, known):
            net[(c.metric, c.key)] += c.delta
    return {k: v for k, v in net.items() if v and k[0] != "events.received"}


def city(city_id: str, region: str = "eu", lat: float | None = 37.4, lon: float | None = -6.0) -> apps.CityProfile:
    return apps.CityProfile(
        city_id=city_id, name=city_id, country_code="ES", world_region=region, population=700_000, latitude=lat, longitude=lon
    )


def test_an_application_moves_from_submitted_to_accepted():
    known = Known()
    submitted = apps.ApplicationSubmitted(application_id="a1", call_id="c1", city_id="sev", submitted_at=AT)
    accepted = apps.ApplicationAccepted(
        application_id="a1",
        call_id="c1",
        city_id="sev",
        component="I",
        call_themes=[],
        themes=[],
        planned_cooperation_months=18,
        city=city("sev"),
        reason="ok",
        accepted_at=AT,
    )
    net = run(known, (D1, apps.CityRegistered(city=city("sev"))), (D1, submitted), (D2, accepted))
    dims = '"call_id":"c1","country_code":"ES"'
    assert net[("applications.by_state", "{" + dims + ',"state":"accepted","world_region":"eu"}')] == 1
    assert ("applications.by_state", "{" + dims + ',"state":"submitted","world_region":"eu"}') not in net
    assert net[("applications.submitted", "{" + dims + ',"world_region":"eu"}')] == 1
    assert net[("cities.registered", '{"country_code":"ES","world_region":"eu"}')] == 1
    assert known.get("application", "a1")["state"] == "accepted"


def party(id_: str, region: str) -> pr.PairingParty:
    return pr.PairingParty(kind="city", id=id_, name=id_, country_code="XX", world_region=region)


SCORE = pr.ScoreBreakdown(themes=1, sdgs=1, challenges=1, population=1, languages=1, total=1)
PAIR = {"pairing_id": "p1", "call_id": "c1", "party_a": party("sev", "eu"), "party_b": party("bog", "latin_america_caribbean")}


def test_a_confirmed_pairing_is_active_until_it_completes_and_its_wait_is_bucketed():
    known = Known()
    proposed = pr.PairingProposed(**PAIR, round_id="r1", score=SCORE, explanation="", expires_at=AT)
    confirmed = pr.PairingConfirmed(
        **PAIR,
        round_id="r1",
        score=SCORE,
        explanation="",
        proposed_at=datetime(2026, 11, 2, tzinfo=UTC),
        confirmed_at=datetime(2026, 11, 12, tzinfo=UTC),
        earliest_completion_on=date(2028, 5, 1),
    )
    pair = '"call_id":"c1","region_pair":"eu+latin_america_caribbean"'
    net = run(known, (D1, proposed), (D2, confirmed))
    assert net[("pairing.active", "{" + pair + "}")] == 1
    assert net[("pairing.days_to_confirmation", '{"bucket":"8-14",' + pair + "}")] == 1
    assert known.get("pairing", "p1")["cities"] == ["sev", "bog"]
    completed = pr.PairingCompleted(**PAIR, confirmed_at=AT, completed_at=AT)
    net = run(known, (D2, completed), (D2, completed))  # a repeat the inbox let through changes no stock
    assert ("pairing.active", "{" + pair + "}") in net and net[("pairing.active", "{" + pair + "}")] == -1
    assert net[("pairing.completed", "{" + pair + "}")] == 2


def profile(status: str, badges: list[str], covenant: str = "europe") -> cov.SignatoryProfile:
    return cov.SignatoryProfile(
        signatory_id="s1",
        name="Graz",
        country_code="AT",
        regional_covenant=covenant,
        adhesion_date=date(2020, 1, 1),
        adhesion_type="individual",
        status=status,
        badges=badges,
        latitude=47.07,
        longitude=15.44,
    )


def compliance(status: str, previous: str, badges: list[str], previous_badges: list[str]) -> cov.ComplianceChanged:
    return cov.ComplianceChanged(
        signatory_id="s1",
        regional_covenant="europe",
        status=status,
        previous_status=previous,
        badges=badges,
        previous_badges=previous_badges,
        missing=[],
        assessed_on=D2,
    )


def test_a_signatory_on_hold_and_reinstated_moves_its_stocks_and_counts_both_flows():
    known = Known()
    where = '"country_code":"AT","regional_covenant":"europe"'
    net = run(
        known,
        (D1, cov.SignatoryJoined(signatory=profile("published", ["mitigation.commitment"]))),
        (D2, compliance("on_hold", "published", [], ["mitigation.commitment"])),
    )
    assert net[("covenant.signatories", "{" + where + ',"status":"on_hold"}')] == 1
    assert ("covenant.badges", '{"badge":"mitigation.commitment",' + where + "}") not in net
    assert net[("covenant.on_hold", "{" + where + "}")] == 1
    net = run(known, (D2, compliance("published", "on_hold", ["mitigation.commitment"], [])))
    assert net[("covenant.reinstated", "{" + where + "}")] == 1
    assert net[("covenant.signatories", "{" + where + ',"status":"published"}')] == 1
    assert net[("covenant.signatories", "{" + where + ',"status":"on_hold"}')] == -1
    assert known.get("signatory", "s1")["latitude"] == 47.07


def test_a_deleted_signatory_leaves_every_stock():
    known = Known()
    net = run(
        known,
        (D1, cov.SignatoryJoined(signatory=profile("published", ["a", "b"]))),
        (D2, cov.SignatoryDeleted(signatory_id="s1", regional_covenant="europe", reason="duplicate")),
    )
    assert {k: v for k, v in net.items() if k[0] in ("covenant.signatories", "covenant.badges")} == {}
    assert known.get("signatory", "s1") is None and ("signatory", "s1") in known.dirty


def test_a_revised_inventory_replaces_its_total():
    known = Known()
    first = cov.InventorySubmitted(
        signatory_id="s1", regional_covenant="europe", inventory_id="i1", kind="baseline", year=2015, total_emissions_tco2e=1200.0
    )
    revised = first.model_copy(update={"total_emissions_tco2e": 1000.0, "revision": True})
    net = run(known, (D1, first), (D2, revised))
    assert net[("covenant.emissions", '{"kind":"baseline","regional_covenant":"europe","year":2015}')] == 1000.0
    assert net[("covenant.inventories", '{"kind":"baseline","regional_covenant":"europe"}')] == 2


def practice(**kw) -> kn.PracticePublished:
    base = {
        "practice_id": "k1",
        "kind": "good_practice",
        "title": "T",
        "summary": "S",
        "themes": ["climate", "mobility"],
        "sdgs": [11, 13],
        "locations": [kn.PracticeLocation(name="Graz", country_code="AT", world_region="eu")],
        "origin": "api",
        "published_by": "cu",
        "published_at": AT,
    }
    return kn.PracticePublished(**(base | kw))


def test_an_archived_practice_leaves_its_themes_sdgs_and_regions():
    known = Known()
    net = run(known, (D1, practice()))
    assert net[("knowledge.practices_by_theme", '{"theme":"climate"}')] == 1
    assert net[("knowledge.practices_by_sdg", '{"sdg":13}')] == 1
    assert net[("knowledge.practices_by_region", '{"country_code":"AT","world_region":"eu"}')] == 1
    net = run(
        known, (D2, kn.PracticeArchived(practice_id="k1", kind="good_practice", title="T", archived_by="cu", archived_at=AT))
    )
    assert net[("knowledge.practices", '{"kind":"good_practice"}')] == -1
    assert net[("knowledge.practices_by_theme", '{"theme":"mobility"}')] == -1


def test_every_event_is_counted_by_its_type():
    [counted] = apply(
        D1,
        "iuc.webhooks.endpoint.disabled.v1",
        cov.SignatoryDeleted(signatory_id="x", regional_covenant="e", reason="r"),
        Known(),
    )[:1]
    assert counted.dims == {"type": "webhooks.endpoint.disabled"}


def test_a_refused_submission_counts_once_per_rule_broken_and_moves_no_application():
    known = Known()
    refused = apps.ApplicationRefused(
        application_id="a1", call_id="c1", city_id="sev", rules=["population", "eligible_region", "population"], refused_at=AT
    )
    net = run(known, (D1, apps.CityRegistered(city=city("sev"))), (D1, refused), (D2, refused))
    dims = '"call_id":"c1","country_code":"ES"'
    assert net[("applications.refused_by_rule", "{" + dims + ',"rule":"population","world_region":"eu"}')] == 2
    assert net[("applications.refused_by_rule", "{" + dims + ',"rule":"eligible_region","world_region":"eu"}')] == 2
    assert not [k for k in net if k[0] == "applications.by_state"]
    assert known.get("application", "a1") is None


def test_reviews_count_by_recommendation_and_their_scores_give_a_mean_per_criterion():
    known = Known()

    def review(app: str, relevance: int, feasibility: int, recommendation: str) -> apps.ApplicationReviewed:
        return apps.ApplicationReviewed(
            application_id=app,
            call_id="c1",
            city_id="sev",
            scores={"relevance": relevance, "feasibility": feasibility},
            recommendation=recommendation,
            reviewed_at=AT,
        )

    net = run(known, (D1, review("a1", 5, 2, "yes")), (D1, review("a2", 4, 2, "yes")), (D2, review("a3", 3, 5, "no")))
    base = '"call_id":"c1","country_code":null'
    assert net[("applications.reviews", "{" + base + ',"recommendation":"yes","world_region":null}')] == 2
    assert (
        net[
            (
                "applications.review_scores",
                '{"call_id":"c1","country_code":null,"criterion":"feasibility","score":"2","world_region":null}',
            )
        ]
        == 2
    )
    totals = [(json.loads(key), v) for (metric, key), v in net.items() if metric == "applications.review_scores"]
    # relevance (5 + 4 + 3) / 3 = 4.0; feasibility (2 + 2 + 5) / 3 = 3.0
    assert mean_by(totals, "criterion", "score") == {"feasibility": 3.0, "relevance": 4.0}


def plan_ref() -> ap.PlanRef:
    return ap.PlanRef(plan_id="p1", kind="local_action_plan", city_id="sev")


def test_an_action_is_counted_under_its_theme_from_a_v2_status_change_and_keeps_it_through_a_v1():
    known = Known()
    v2 = ap.ActionStatusChangedV2(
        action_id="x1",
        plan=plan_ref(),
        title="Shade trees",
        status="on_time",
        previous_status="not_started",
        changed_on=D1,
        kind="investment",
        theme="climate",
    )
    v1 = ap.ActionStatusChanged(
        action_id="x1", plan=plan_ref(), title="Shade trees", status="late", previous_status="on_time", changed_on=D2
    )
    net = run(known, (D1, v2), (D2, v1))
    assert net == {("actions.by_status", '{"plan_kind":"local_action_plan","status":"late","theme":"climate"}'): 1}


def test_an_indicator_moves_between_on_track_and_behind_and_a_v1_measurement_leaves_it_there():
    known = Known()

    def measured(value: float, trajectory: str | None) -> ap.IndicatorMeasured:
        base = {
            "indicator_id": "i1",
            "plan": plan_ref(),
            "name": "Trees",
            "unit": "trees",
            "value": value,
            "measured_on": D1,
            "data_source": "survey",
            "progress": 0.5,
        }
        return ap.IndicatorMeasured(**base) if trajectory is None else ap.IndicatorMeasuredV2(**base, trajectory=trajectory)

    assert (
        run(known, (D1, measured(10, "on_track")))[
            ("indicators.by_trajectory", '{"plan_kind":"local_action_plan","trajectory":"on_track"}')
        ]
        == 1
    )
    net = run(known, (D2, measured(8, "behind")))
    assert net[("indicators.by_trajectory", '{"plan_kind":"local_action_plan","trajectory":"on_track"}')] == -1
    assert net[("indicators.by_trajectory", '{"plan_kind":"local_action_plan","trajectory":"behind"}')] == 1
    assert not [k for k in run(known, (D2, measured(9, None))) if k[0] == "indicators.by_trajectory"]
    assert known.get("indicator", "i1")["trajectory"] == "behind"


def test_emissions_compare_a_baseline_with_the_latest_monitoring_once_a_signatory_has_both():
    known = Known()

    def inventory(id_: str, kind: str, year: int, total: float, **kw) -> cov.InventorySubmitted:
        return cov.InventorySubmitted(
            signatory_id="s1",
            regional_covenant="europe",
            inventory_id=id_,
            kind=kind,
            year=year,
            total_emissions_tco2e=total,
            **kw,
        )

    def progress(net: dict) -> dict[str, float]:
        return {k[1]: v for k, v in net.items() if k[0] == "covenant.emissions_progress"}

    baseline = '{"inventory":"baseline","regional_covenant":"europe"}'
    latest = '{"inventory":"latest_monitoring","regional_covenant":"europe"}'
    assert progress(run(known, (D1, inventory("b", "baseline", 2010, 1000.0)))) == {}  # no monitoring yet
    assert progress(run(known, (D1, inventory("m1", "monitoring", 2016, 900.0)))) == {baseline: 1000.0, latest: 900.0}
    assert progress(run(known, (D1, inventory("m3", "monitoring", 2020, 700.0)))) == {latest: -200.0}  # a later year
    assert progress(run(known, (D2, inventory("m2", "monitoring", 2018, 800.0)))) == {}  # not the latest
    # a revision of the latest monitoring replaces its total; a revised baseline its own
    assert progress(run(known, (D2, inventory("m3", "monitoring", 2020, 650.0, revision=True)))) == {latest: -50.0}
    assert progress(run(known, (D2, inventory("b", "baseline", 2010, 1100.0, revision=True)))) == {baseline: 100.0}


def test_a_plan_moves_through_implementation_to_completed():
    known = Known()
    approved = ap.PlanApproved(plan_id="p1", kind="local_action_plan", city_id="sev", approved_at=AT)
    started = ap.PlanImplementationStarted(plan=plan_ref(), title="Plan", started_at=AT)
    done = ap.PlanCompleted(plan=plan_ref(), title="Plan", completed_at=AT)
    net = run(known, (D1, approved), (D1, started), (D2, done))
    assert net == {("action_plans.by_state", '{"kind":"local_action_plan","state":"completed"}'): 1}
    assert known.get("plan", "p1")["state"] == "completed"
