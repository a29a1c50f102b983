"""The insights API on a real database, fed by real events through the handler."""

from __future__ import annotations

from datetime import date

from shared.contracts import action_plans as ap
from shared.contracts import applications as apps
from shared.contracts import covenant as cov
from tests.integration.insights.insightssupport import NOW, SEV, consume, event, insights_app, match, programme
from tests.support.service_app import caller


async def test_the_catalogue_lists_typed_metrics(database_url):
    async with insights_app(database_url) as app, caller(app, "dashboard") as dash:
        r = await dash.get("/v1/insights/metrics")
        assert r.status_code == 200, r.text
        items = {m["name"]: m for m in r.json()["items"]}
        assert items["applications.by_state"]["kind"] == "stock"
        assert items["applications.by_state"]["filters"] == ["call_id", "world_region", "country_code"]
        assert items["pairing.confirmed"]["kind"] == "flow" and "world_region" in items["pairing.confirmed"]["filters"]


async def test_series_fill_every_period_for_flows_and_stocks(database_url):
    async with insights_app(database_url) as app, caller(app, "dashboard") as dash:
        await consume(app, *programme())
        q = {"from": "2026-11-01", "to": "2027-01-31", "interval": "month"}
        r = await dash.get("/v1/insights/series", params=q | {"metric": "applications.by_state", "group_by": "state"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert (body["metric"], body["interval"], body["from"], body["to"]) == (
            "applications.by_state",
            "month",
            "2026-11-01",
            "2027-01-31",
        )
        lines = {s["group"]: [p["value"] for p in s["points"]] for s in body["series"]}
        assert lines == {"accepted": [0, 2, 2], "rejected": [0, 1, 1], "submitted": [3, 0, 0]}
        assert all(type(v) is int for values in lines.values() for v in values)  # counts are whole numbers on the wire
        assert [p["period"] for p in body["series"][0]["points"]] == ["2026-11-01", "2026-12-01", "2027-01-01"]
        r = await dash.get("/v1/insights/series", params=q | {"metric": "applications.by_state", "call_id": "call-2"})
        assert [p["value"] for p in r.json()["series"][0]["points"]] == [1, 1, 1]
        r = await dash.get(
            "/v1/insights/series", params=q | {"metric": "pairing.confirmed", "interval": "week", "world_region": "eu"}
        )
        [line] = r.json()["series"]
        assert line["group"] is None and sum(p["value"] for p in line["points"]) == 1
        assert line["points"][0]["period"] == "2026-10-26"  # the Monday of the week of 1 November
        r = await dash.get("/v1/insights/series", params=q | {"metric": "covenant.on_hold"})
        assert [p["value"] for p in r.json()["series"][0]["points"]] == [0, 1, 0]
        r = await dash.get("/v1/insights/series", params={"metric": "pairing.active", "interval": "day"})
        body = r.json()
        assert (body["from"], body["to"]) == ("2026-01-16", "2027-01-15")  # the last 365 days by the service's clock
        assert body["series"][0]["points"][-1]["value"] == 1


async def test_a_series_refuses_what_its_metric_does_not_have(database_url):
    async with insights_app(database_url) as app, caller(app, "dashboard") as dash:
        for params, pointer in (
            ({"metric": "nope"}, "query:metric"),
            ({"metric": "pairing.confirmed", "group_by": "status"}, "query:group_by"),
            ({"metric": "value_chains.matches", "call_id": "c"}, "query:call_id"),
            ({"metric": "pairing.confirmed", "from": "2027-01-02", "to": "2027-01-01"}, "query:from"),
            ({"metric": "pairing.confirmed", "from": "2000-01-01", "to": "2027-01-01", "interval": "day"}, "query:interval"),
        ):
            r = await dash.get("/v1/insights/series", params=params)
            assert r.status_code == 422, (params, r.text)
            assert r.headers["content-type"].startswith("application/problem+json")
            assert r.json()["errors"][0]["pointer"] == pointer
        r = await dash.get("/v1/insights/series", params={"metric": "pairing.confirmed", "interval": "year"})
        assert r.status_code == 422


async def test_the_csv_of_a_series_escapes_formula_cells(database_url):
    async with insights_app(database_url) as app, caller(app, "dashboard") as dash:
        await consume(app, *programme())
        params = {"metric": "covenant.joined", "from": "2026-11-01", "to": "2026-12-31", "group_by": "regional_covenant"}
        r = await dash.get("/v1/insights/series.csv", params=params)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert r.text.splitlines() == [
            "period,group,value",
            "2026-11-01,europe,1",
            "2026-12-01,europe,0",
            "2026-11-01,latin_america,1",
            "2026-12-01,latin_america,0",
        ]
        r = await dash.get(
            "/v1/insights/series.csv",
            params={"metric": "events.received", "group_by": "type", "from": "2026-11-02", "to": "2026-11-02", "interval": "day"},
        )
        assert "2026-11-02,applications.city.registered,2" in r.text.splitlines()
        await consume(app, event(match("=1+1"), "2026-11-02"))
        r = await dash.get(
            "/v1/insights/series.csv",
            params={
                "metric": "value_chains.matches",
                "group_by": "kind",
                "from": "2026-11-02",
                "to": "2026-11-02",
                "interval": "day",
            },
        )
        assert r.text.splitlines()[1] == "2026-11-02,'=1+1,1"


async def test_the_summary_has_every_section(database_url):
    async with insights_app(database_url) as app, caller(app, "dashboard") as dash:
        r = await dash.get("/v1/insights/summary")
        assert r.status_code == 200 and r.json()["events_applied"] == 0 and r.json()["as_of"] is None
        events = programme()
        await consume(app, *events)
        await consume(app, *events[:3])  # straight to the handler: no inbox here, so they count again
        s = (await dash.get("/v1/insights/summary")).json()
        assert s["events_applied"] == len(events) + 3
        assert s["as_of"].startswith("2027-01-10T09:00:00")
        assert s["applications"] == {
            "total": 3,
            "by_state": {"accepted": 2, "rejected": 1},
            "refused_by_rule": {},
            "reviews": 0,
            "mean_score_by_criterion": {},
        }
        p = s["pairing"]
        assert (p["proposed"], p["confirmed"], p["active"], p["activities"], p["declined"]) == (1, 1, 1, 1, 0)
        assert p["by_region_pair"] == [{"regions": ["eu", "latin_america_caribbean"], "count": 1}]
        assert s["covenant"]["signatories"] == 2
        assert s["covenant"]["by_regional_covenant"] == {"europe": 1, "latin_america": 1}
        assert s["covenant"]["by_badge"] == {"mitigation.plan": 2}
        assert s["value_chains"] == {"organisations": 1, "opportunities": 0, "matches": 0, "agreements": 0}
        assert s["action_plans"]["late_share"] == 0.0


def _figures_from_newer_contracts() -> list:
    """A refusal, two reviews, a v2 status change with its theme, a v2 measurement behind its goal, and a
    signatory's baseline and two monitoring inventories."""
    ref = ap.PlanRef(plan_id="plan-1", kind="local_action_plan", city_id="sevilla")

    def reviewed(app_id: str, relevance: int, impact: int) -> apps.ApplicationReviewed:
        scores = {"relevance": relevance, "impact": impact}
        return apps.ApplicationReviewed(
            application_id=app_id, call_id="call-1", city_id="sevilla", scores=scores, recommendation="yes", reviewed_at=NOW
        )

    def inventory(id_: str, kind: str, year: int, total: float) -> cov.InventorySubmitted:
        return cov.InventorySubmitted(
            signatory_id="s-graz", regional_covenant="europe", inventory_id=id_, kind=kind, year=year, total_emissions_tco2e=total
        )

    return [
        event(apps.CityRegistered(city=SEV), "2026-11-02"),
        event(
            apps.ApplicationRefused(
                application_id="a-1", call_id="call-1", city_id="sevilla", rules=["population", "themes_match"], refused_at=NOW
            ),
            "2026-11-03",
        ),
        event(reviewed("a-2", 5, 3), "2026-11-20"),
        event(reviewed("a-3", 4, 4), "2026-11-21"),
        event(
            ap.ActionStatusChangedV2(
                action_id="x1",
                plan=ref,
                title="Shade",
                status="late",
                previous_status="on_time",
                changed_on=date(2026, 12, 1),
                kind="investment",
                theme="climate",
            ),
            "2026-12-01",
        ),
        event(
            ap.IndicatorMeasuredV2(
                indicator_id="i1",
                plan=ref,
                name="Trees",
                unit="trees",
                value=3,
                measured_on=date(2026, 12, 1),
                data_source="survey",
                trajectory="behind",
            ),
            "2026-12-01",
        ),
        event(inventory("inv-b", "baseline", 2010, 1000.0), "2026-12-02"),
        event(inventory("inv-m1", "monitoring", 2016, 900.0), "2026-12-02"),
        event(inventory("inv-m2", "monitoring", 2020, 750.0), "2026-12-03"),
    ]


async def test_the_summary_counts_refusals_reviews_themes_trajectories_and_emissions(database_url):
    async with insights_app(database_url) as app, caller(app, "dashboard") as dash:
        await consume(app, *_figures_from_newer_contracts())
        s = (await dash.get("/v1/insights/summary")).json()
        a = s["applications"]
        assert a["refused_by_rule"] == {"population": 1, "themes_match": 1}
        assert a["reviews"] == 2 and a["mean_score_by_criterion"] == {"impact": 3.5, "relevance": 4.5}
        assert s["action_plans"]["actions_by_theme"] == {"climate": 1}
        assert s["action_plans"]["indicators_by_trajectory"] == {"behind": 1}
        c = s["covenant"]
        assert (c["emissions_baseline_tco2e"], c["emissions_latest_monitoring_tco2e"]) == (1000.0, 750.0)
        r = await dash.get(
            "/v1/insights/series",
            params={"metric": "applications.refused_by_rule", "group_by": "rule", "from": "2026-11-01", "to": "2026-11-30"},
        )
        assert r.status_code == 200, r.text
        assert {line["group"]: line["points"][-1]["value"] for line in r.json()["series"]} == {"population": 1, "themes_match": 1}


async def test_the_map_joins_paired_cities_and_shows_signatories(database_url):
    async with insights_app(database_url) as app, caller(app, "dashboard") as dash:
        await consume(app, *programme())
        r = await dash.get("/v1/insights/map")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["type"] == "FeatureCollection"
        by_kind: dict[str, list] = {}
        for f in body["features"]:
            by_kind.setdefault(f["properties"]["kind"], []).append(f)
        cities = {f["properties"]["id"]: f for f in by_kind["city"]}
        assert set(cities) == {"sevilla", "bogota"}  # lima has no coordinates
        assert cities["sevilla"]["geometry"] == {"type": "Point", "coordinates": [-5.98, 37.39]}
        assert cities["sevilla"]["properties"]["paired"] is True
        [line] = by_kind["pairing"]
        assert line["geometry"]["coordinates"] == [[-5.98, 37.39], [-74.07, 4.71]]
        assert line["properties"] == {"kind": "pairing", "id": "p1", "state": "confirmed", "cities": ["sevilla", "bogota"]}
        [graz] = by_kind["signatory"]  # cali has no coordinates
        assert graz["properties"]["id"] == "s-graz" and graz["geometry"]["coordinates"] == [15.0, 47.0]
        r = await dash.get("/v1/insights/map", params={"world_region": "asia", "regional_covenant": "latin_america"})
        assert r.json()["features"] == []


async def test_a_covenant_office_sees_its_own_covenant_only(database_url):
    async with insights_app(database_url) as app, caller(app, "covenant_office", regional_covenant="europe") as office:
        await consume(app, *programme())
        names = {m["name"] for m in (await office.get("/v1/insights/metrics")).json()["items"]}
        assert "covenant.signatories" in names and "applications.by_state" not in names
        r = await office.get("/v1/insights/series", params={"metric": "covenant.signatories", "group_by": "regional_covenant"})
        assert [s["group"] for s in r.json()["series"]] == ["europe"]
        r = await office.get(
            "/v1/insights/series", params={"metric": "covenant.signatories", "regional_covenant": "latin_america"}
        )
        assert r.status_code == 403
        assert (await office.get("/v1/insights/series", params={"metric": "pairing.confirmed"})).status_code == 403
        s = (await office.get("/v1/insights/summary")).json()
        assert s["covenant"]["by_regional_covenant"] == {"europe": 1} and s["pairing"] is None
        kinds = {f["properties"]["kind"] for f in (await office.get("/v1/insights/map")).json()["features"]}
        assert kinds == {"signatory"}


async def test_other_roles_are_refused(database_url):
    async with insights_app(database_url) as app:
        for role, bound in (("city", {"city_id": "sevilla"}), ("partner", {}), ("reviewer", {})):
            async with caller(app, role, **bound) as other:
                r = await other.get("/v1/insights/summary")
                assert r.status_code == 403, (role, r.text)
        async with caller(app, "admin") as admin:
            assert (await admin.get("/v1/insights/summary")).status_code == 200


async def test_the_openapi_document_is_typed_and_lists_its_errors(database_url):
    async with insights_app(database_url) as app, caller(app, "admin") as admin:
        doc = (await admin.get("/openapi.json")).json()
        series = doc["paths"]["/v1/insights/series"]["get"]
        assert series["operationId"] == "get_insight_series"
        assert {"401", "403", "422", "503"} <= set(series["responses"])
        assert series["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/SeriesRead")
        csv = doc["paths"]["/v1/insights/series.csv"]["get"]
        assert "text/csv" in csv["responses"]["200"]["content"]
        assert doc["paths"]["/v1/insights/map"]["get"]["responses"]["200"]["content"]["application/json"]["schema"][
            "$ref"
        ].endswith("/FeatureCollection")
