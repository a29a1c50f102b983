"""Commitments arrive in runs (an import sends thousands): each signatory still gets one SECAP."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from services.action_plans import service
from services.action_plans.models import Plan
from tests.integration.action_plans.action_planssupport import NOW, commitment, plans_app


async def test_a_run_of_commitments_opens_one_secap_per_signatory_with_every_pillar(database_url):
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    async with plans_app(database_url) as app:
        async with app.state.sessionmaker() as session, session.begin():
            run = [commitment(a, pillar="mitigation"), commitment(a, pillar="adaptation"), commitment(b, pillar="mitigation")]
            await service.open_secaps(session, run, NOW)
        async with app.state.sessionmaker() as session, session.begin():
            # A later run adds a pillar to the plan it finds, and makes a new version of it.
            await service.open_secaps(session, [commitment(b, pillar="adaptation"), commitment(a, pillar="adaptation")], NOW)
        async with app.state.sessionmaker() as session:
            plans = {p.signatory_id: p for p in (await session.scalars(select(Plan))).all()}
            assert await session.scalar(select(func.count()).select_from(Plan)) == 2
            assert (plans[a].pillars, plans[a].version) == (["adaptation", "mitigation"], 1)
            assert (plans[b].pillars, plans[b].version) == (["adaptation", "mitigation"], 2)
