"""A local action plan through the API: actions, tasks and an indicator, the status turning
late once, the review cycle, and every kind of bad input refused with nothing written."""

from __future__ import annotations

from datetime import timedelta

from tests.integration.action_plans.action_planssupport import NOW, outbox, paired_plans, plans_app
from tests.support.service_app import caller, outbox_types

TODAY = NOW.date()


async def test_a_city_builds_its_plan_the_action_turns_late_once_and_the_plan_is_approved(database_url):
    async with plans_app(database_url) as app:
        mine, theirs = await paired_plans(app)
        async with caller(app, "city", city_id=mine["city_id"]) as city, caller(app) as admin:
            r = await city.post(
                f"/v1/action-plans/{mine['id']}/actions",
                json={
                    "title": "Solar roofs on schools",
                    "kind": "pilot_project",
                    "theme": "energy",
                    "organisations": [{"name": "City energy agency", "role": "primary", "contact_role": "energy officer"}],
                    "starts_on": TODAY.isoformat(),
                    "ends_on": (TODAY + timedelta(days=365)).isoformat(),
                    "budget": {"amount": 250000, "currency": "eur"},
                    "expected_impact": {"value": 1200, "unit": "tCO2-eq/yr"},
                },
            )
            assert r.status_code == 201, r.text
            action = r.json()
            assert action["status"] == "on_time" and action["budget"] == {"amount": 250000.0, "currency": "EUR"}
            assert r.headers["location"] == f"/v1/action-plans/actions/{action['id']}"
            r = await city.post(f"/v1/action-plans/{theirs['id']}/actions", json={"title": "Not ours", "kind": "policy"})
            assert r.status_code == 403  # the partner city's plan
            r = await city.post(
                f"/v1/action-plans/actions/{action['id']}/tasks",
                json={"title": "Tender the installation", "due_on": (TODAY + timedelta(days=10)).isoformat()},
            )
            assert r.status_code == 201, r.text
            task = r.json()
            r = await city.post(
                f"/v1/action-plans/{mine['id']}/indicators",
                json={
                    "name": "Solar capacity on schools",
                    "unit": "kWp",
                    "direction": "increase",
                    "baseline": {"value": 0, "on": TODAY.isoformat()},
                    "goals": [{"on": (TODAY + timedelta(days=365)).isoformat(), "value": 500}],
                },
            )
            assert r.status_code == 201, r.text
            indicator = r.json()
            assert indicator["progress"] == 0.0 and indicator["next_goal"]["value"] == 500
            r = await city.patch(f"/v1/action-plans/actions/{action['id']}", json={"indicator_ids": [indicator["id"]]})
            assert r.status_code == 200 and r.json()["indicator_ids"] == [indicator["id"]]

            app.state.clock.advance(11)
            r = await admin.post("/v1/action-plans:recomputeStatuses")
            assert r.status_code == 200, r.text
            assert (r.json()["status_changes"], r.json()["tasks_overdue"]) == (1, 1)
            again = await admin.post("/v1/action-plans:recomputeStatuses")
            assert (again.json()["status_changes"], again.json()["tasks_overdue"]) == (0, 0)
            late = (await city.get(f"/v1/action-plans/actions/{action['id']}")).json()
            assert late["status"] == "late" and "Tender the installation" in late["status_reasons"][0]
            assert late["tasks"][0]["overdue"] is True
            changed = await outbox(app, "action.status_changed")
            assert [(e["previous_status"], e["status"]) for e in changed] == [("on_time", "late")]
            assert (changed[0]["theme"], changed[0]["kind"]) == ("energy", "pilot_project")  # v2 carries them
            assert len(await outbox(app, "task.overdue")) == 1

            assert (await city.post(f"/v1/action-plans/{mine['id']}:approve")).status_code == 403
            r = await city.post(f"/v1/action-plans/{mine['id']}:submit")
            assert r.status_code == 200 and r.json()["state"] == "submitted", r.text
            r = await admin.post(f"/v1/action-plans/{mine['id']}:return", json={"comments": "Add a budget line for maintenance."})
            assert r.status_code == 200 and r.json()["state"] == "returned"
            assert r.json()["review_comments"] == "Add a budget line for maintenance."
            r = await city.post(f"/v1/action-plans/{mine['id']}:submit", headers={"If-Match": '"1"'})
            assert r.status_code == 412
            r = await city.post(f"/v1/action-plans/{mine['id']}:submit", headers={"If-Match": r.json()["current_etag"]})
            assert r.status_code == 200, r.text
            r = await admin.post(f"/v1/action-plans/{mine['id']}:approve")
            assert r.status_code == 200 and r.json()["state"] == "approved"
            assert [h["to_state"] for h in r.json()["history"]] == ["draft", "submitted", "returned", "submitted", "approved"]

            r = await city.post(f"/v1/action-plans/tasks/{task['id']}:complete")
            assert r.status_code == 200 and r.json()["completed_at"] is not None
            done = (await city.get(f"/v1/action-plans/actions/{action['id']}")).json()
            assert done["status"] == "completed" and done["completed_at"]
            [completed] = await outbox(app, "action.completed")
            assert completed["kind"] == "pilot_project" and completed["expected_impact"] == "1200 tCO2-eq/yr"
            assert completed["results"][0]["goal"] == 500 and completed["outcomes"] == "Completed: Tender the installation."

            stats = (await admin.get("/v1/action-plans/stats")).json()
            assert stats["plans_by_state"] == {"approved": 1, "draft": 1}
            assert stats["actions_by_status"] == {"completed": 1} and stats["actions_by_theme"] == {"energy": 1}

            # The approved plan is implemented, then completed: each step is announced.
            r = await city.post(f"/v1/action-plans/{mine['id']}:startImplementation")
            assert r.status_code == 200 and r.json()["state"] == "implementing", r.text
            r = await city.post(f"/v1/action-plans/{mine['id']}:complete")
            assert r.status_code == 200 and r.json()["state"] == "completed", r.text
            [started] = await outbox(app, "plan.implementation_started")
            [done_plan] = await outbox(app, "plan.completed")
            assert started["plan"]["plan_id"] == done_plan["plan"]["plan_id"] == mine["id"]
        types = await outbox_types(app, short=True)
        assert types.count("plan.submitted") == 2 and types.count("plan.returned") == 1 and types.count("plan.approved") == 1
