"""Progress reports freeze a plan's snapshot; two of them compare."""

from __future__ import annotations

from tests.integration.action_plans.action_planssupport import paired_plans, plans_app
from tests.support.service_app import caller


async def test_reports_freeze_snapshots_list_and_compare(database_url):
    async with plans_app(database_url) as app:
        mine, _ = await paired_plans(app)
        today = app.state.clock.today()
        async with caller(app, "city", city_id=mine["city_id"]) as city:
            action = (
                await city.post(
                    f"/v1/action-plans/{mine['id']}/actions",
                    json={"title": "Bike lanes", "kind": "investment", "theme": "mobility", "starts_on": today.isoformat()},
                )
            ).json()
            task = (
                await city.post(f"/v1/action-plans/actions/{action['id']}/tasks", json={"title": "Paint", "due_on": "2027-06-01"})
            ).json()
            ind = (
                await city.post(
                    f"/v1/action-plans/{mine['id']}/indicators",
                    json={
                        "name": "Cycling share",
                        "unit": "%",
                        "direction": "increase",
                        "baseline": {"value": 4, "on": "2026-01-01"},
                        "goals": [{"on": "2028-01-01", "value": 12}],
                    },
                )
            ).json()
            period = {"period_start": "2027-01-01", "period_end": "2027-02-28"}
            r = await city.post(f"/v1/action-plans/{mine['id']}/reports", json=period)
            assert r.status_code == 201, r.text
            first = r.json()
            assert r.headers["location"] == f"/v1/action-plans/reports/{first['id']}"
            assert first["snapshot"]["actions"][0]["status"] == "on_time"

            await city.post(f"/v1/action-plans/tasks/{task['id']}:complete")
            r = await city.post(
                f"/v1/action-plans/indicators/{ind['id']}/measurements",
                json={"on": today.isoformat(), "value": 8, "data_source": "bike counters"},
            )
            assert r.status_code == 201, r.text
            second = (await city.post(f"/v1/action-plans/{mine['id']}/reports", json=period | {"title": "Q1 2027"})).json()

            listed = (await city.get(f"/v1/action-plans/{mine['id']}/reports", params={"page_size": 1})).json()
            assert [r["id"] for r in listed["items"]] == [first["id"]] and listed["next_page_token"]
            page2 = (
                await city.get(f"/v1/action-plans/{mine['id']}/reports", params={"page_token": listed["next_page_token"]})
            ).json()
            assert [r["title"] for r in page2["items"]] == ["Q1 2027"]

            r = await city.get(f"/v1/action-plans/reports/{second['id']}/comparison", params={"base_report_id": first["id"]})
            assert r.status_code == 200, r.text
            diff = r.json()
            assert [(c["from_status"], c["to_status"]) for c in diff["status_changes"]] == [("on_time", "completed")]
            assert [t["title"] for t in diff["completed_tasks"]] == ["Paint"]
            assert diff["progress_changes"][0]["from_progress"] == 0.0 and diff["progress_changes"][0]["to_progress"] == 0.5
            assert (await city.get(f"/v1/action-plans/reports/{first['id']}")).json()["snapshot"] == first["snapshot"]
