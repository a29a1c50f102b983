"""Action plans, knowledge and covenant emissions as the API reads them back, with fixed numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from shared.contracts import action_plans as ap
from shared.contracts import covenant as cov
from shared.contracts import knowledge as kn
from tests.integration.insights.insightssupport import consume, event, insights_app
from tests.support.service_app import caller

AT = datetime(2026, 12, 1, tzinfo=UTC)


def status(action_id: str, new: str, old: str, kind: str = "local_action_plan") -> ap.ActionStatusChanged:
    plan = ap.PlanRef(plan_id="plan-1", kind=kind)
    return ap.ActionStatusChanged(
        action_id=action_id, plan=plan, title="A", status=new, previous_status=old, changed_on=date(2026, 12, 1)
    )


def practice(pid: str, themes: list[str]) -> kn.PracticePublished:
    return kn.PracticePublished(
        practice_id=pid,
        kind="good_practice",
        title="T",
        summary="S",
        themes=themes,
        origin="api",
        published_by="cu",
        published_at=AT,
    )


def inventory(iid: str, kind: str, year: int, total: float, revision: bool = False) -> cov.InventorySubmitted:
    return cov.InventorySubmitted(
        signatory_id="s1",
        regional_covenant="europe",
        inventory_id=iid,
        kind=kind,
        year=year,
        total_emissions_tco2e=total,
        revision=revision,
    )


async def test_plans_actions_and_practices_in_the_summary(database_url):
    async with insights_app(database_url) as app, caller(app, "dashboard") as dash:
        plan = ap.PlanRef(plan_id="plan-1", kind="local_action_plan")
        await consume(
            app,
            event(ap.PlanSubmitted(plan=plan, title="P", submitted_at=AT), "2026-11-01"),
            event(ap.PlanApproved(plan_id="plan-1", kind="local_action_plan", approved_at=AT), "2026-11-20"),
            event(status("x1", "on_time", "not_started"), "2026-12-01"),
            event(status("x2", "late", "not_started"), "2026-12-01"),
            event(status("x3", "late", "not_started"), "2026-12-01"),
            event(status("x4", "completed", "on_time"), "2026-12-01"),
            event(status("x3", "on_time", "late"), "2026-12-05"),
            event(practice("k1", ["climate", "mobility"]), "2026-12-02"),
            event(practice("k2", ["climate"]), "2026-12-02"),
            event(
                kn.PracticeArchived(practice_id="k2", kind="good_practice", title="T", archived_by="cu", archived_at=AT),
                "2026-12-09",
            ),
        )
        s = (await dash.get("/v1/insights/summary")).json()
        assert s["action_plans"]["plans_by_state"] == {"approved": 1}
        assert s["action_plans"]["actions_by_status"] == {"on_time": 2, "completed": 1, "late": 1}
        assert s["action_plans"]["late_share"] == round(1 / 3, 6)  # among the three open actions
        assert s["knowledge"] == {"practices_published": 1, "by_theme": {"climate": 1, "mobility": 1}}
        r = await dash.get(
            "/v1/insights/series",
            params={
                "metric": "knowledge.practices_by_theme",
                "group_by": "theme",
                "from": "2026-12-01",
                "to": "2026-12-13",
                "interval": "week",
            },
        )
        lines = {s["group"]: [p["value"] for p in s["points"]] for s in r.json()["series"]}
        assert lines == {"climate": [2, 1], "mobility": [1, 1]}  # weeks of 30 November and 7 December


async def test_reported_emissions_keep_the_latest_revision_of_each_inventory(database_url):
    async with insights_app(database_url) as app, caller(app, "covenant_office", regional_covenant="europe") as office:
        await consume(
            app,
            event(inventory("i1", "baseline", 2010, 1000.0), "2026-11-01"),
            event(inventory("i2", "monitoring", 2020, 800.0), "2026-11-01"),
            event(inventory("i2", "monitoring", 2020, 750.5, revision=True), "2026-12-15"),
        )
        params = {"metric": "covenant.emissions", "group_by": "kind", "from": "2026-11-01", "to": "2026-12-31"}
        lines = {
            s["group"]: [p["value"] for p in s["points"]]
            for s in (await office.get("/v1/insights/series", params=params)).json()["series"]
        }
        assert lines == {"baseline": [1000, 1000], "monitoring": [800, 750.5]}
        params = {"metric": "covenant.inventories", "from": "2026-11-01", "to": "2026-12-31"}
        [line] = (await office.get("/v1/insights/series", params=params)).json()["series"]
        assert [p["value"] for p in line["points"]] == [2, 1]
