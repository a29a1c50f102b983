"""completed_at is set exactly when a task is completed: the database refuses anything else."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from services.action_plans.models import Task
from tests.integration.action_plans.action_planssupport import NOW, paired_plans, plans_app
from tests.support.service_app import caller


async def test_the_database_keeps_completed_at_and_the_completed_state_together(database_url):
    async with plans_app(database_url) as app:
        mine, _ = await paired_plans(app)
        async with caller(app, "city", city_id=mine["city_id"]) as city:
            action = (
                await city.post(f"/v1/action-plans/{mine['id']}/actions", json={"title": "Car-free days", "kind": "policy"})
            ).json()
            task = (
                await city.post(
                    f"/v1/action-plans/actions/{action['id']}/tasks", json={"title": "Council vote", "due_on": "2027-05-01"}
                )
            ).json()
            assert task["completed_at"] is None
        for values in ({"completed_at": NOW}, {"state": "completed"}, {"state": "cancelled", "completed_at": NOW}):
            async with app.state.sessionmaker() as session:
                with pytest.raises(IntegrityError):
                    async with session.begin():
                        await session.execute(update(Task).where(Task.id == task["id"]).values(**values))
        async with app.state.sessionmaker() as session, session.begin():
            await session.execute(update(Task).where(Task.id == task["id"]).values(state="completed", completed_at=NOW))
