"""Two replicas running the daily pass at once announce each change and each overdue task once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from services.action_plans.status import daily_pass
from tests.integration.action_plans.action_planssupport import outbox, paired_plans, plans_app
from tests.support.service_app import caller


async def test_concurrent_passes_announce_once(database_url):
    async with plans_app(database_url) as app:
        mine, _ = await paired_plans(app)
        today = app.state.clock.today()
        async with caller(app, "city", city_id=mine["city_id"]) as city:
            for n in range(5):
                action = (
                    await city.post(f"/v1/action-plans/{mine['id']}/actions", json={"title": f"Action {n}", "kind": "activity"})
                ).json()
                r = await city.post(
                    f"/v1/action-plans/actions/{action['id']}/tasks",
                    json={"title": f"Task {n}", "due_on": (today + timedelta(days=1)).isoformat()},
                )
                assert r.status_code == 201
        later, now = today + timedelta(days=3), app.state.clock.now() + timedelta(days=3)
        results = await asyncio.gather(
            *(daily_pass(app.state.sessionmaker, later, now, batch=2) for _ in range(2)), return_exceptions=True
        )
        # On SQLite a writer may be refused outright (it serialises writers); a later pass catches up.
        assert any(not isinstance(r, BaseException) for r in results), results
        await daily_pass(app.state.sessionmaker, later, now)
        changes = await outbox(app, "action.status_changed")
        assert sorted(c["title"] for c in changes) == [f"Action {n}" for n in range(5)]
        assert all((c["previous_status"], c["status"]) == ("not_started", "late") for c in changes)
        assert len(await outbox(app, "task.overdue")) == 5
