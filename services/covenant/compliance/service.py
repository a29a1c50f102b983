"""Use cases of compliance: deadline policies, a signatory's compliance under its policy, and
the scheduled pass that reassesses signatories whose due dates have passed."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from fastapi import FastAPI
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant import repository
from services.covenant.auth import ensure_admin
from services.covenant.compliance.schemas import DeadlinePolicyUpdate
from services.covenant.config import Settings
from services.covenant.domain import REGIONAL_COVENANTS
from services.covenant.feed.service import prune_change_feed
from services.covenant.models import DeadlinePolicyRow
from services.covenant.registry import Registry
from services.covenant.reports import repository as reports_repository
from services.covenant.reports.schemas import spec_of
from services.covenant.service import get_signatory
from services.covenant.targets import on_track, target_level
from shared.concurrency import if_match_failure
from shared.identity import Identity
from shared.jobs import PeriodicJob, wake_job
from shared.problems import Problem

log = logging.getLogger("iuc.covenant.compliance")

COMPLIANCE_PASS = "compliance"
# Signatories reassessed per transaction of the pass.
PASS_CHUNK = 500


async def signatory_compliance(session: AsyncSession, key: str) -> dict:
    """A signatory's badges, status and every report owed with its due date, with its covenant's policy."""
    s = await get_signatory(session, key)
    policy = await repository.get_policy(session, s.regional_covenant)
    if policy is None:
        raise Problem(503, f"No deadline policy is stored for {s.regional_covenant}.")
    return {"signatory": s, "policy": policy, "targets": await target_progress(session, s.id)}


async def target_progress(session: AsyncSession, signatory_id: str) -> list[dict]:
    """Each target's level in its target year, and whether the latest monitoring inventory after
    its base year is on track toward it."""
    inventories = await reports_repository.inventory_years(session, signatory_id)
    progress = []
    for t in await repository.list_targets(session, signatory_id):
        spec = spec_of(t)
        later = [i for i in inventories if i[0] == "monitoring" and (t.base_year is None or i[1] > t.base_year)]
        _, year, total, population = later[-1] if later else (None, None, None, None)
        progress.append(
            {
                "target_id": t.id,
                "type": t.type,
                "target_year": t.target_year,
                "level_tco2e": target_level(spec),
                "monitoring_year": year,
                "monitoring_emissions_tco2e": total,
                "on_track": on_track(spec, year, total, population) if later else None,
            }
        )
    return progress


async def list_policies(session: AsyncSession) -> list[Row]:
    """The deadline policy of every regional covenant that has one, by covenant."""
    return [p for _, p in sorted((await repository.policies(session)).items())]


async def set_policy(
    session: AsyncSession, identity: Identity, covenant: str, data: DeadlinePolicyUpdate, if_match: str | None, now: datetime
) -> DeadlinePolicyRow:
    """Change a covenant's deadline policy and mark its signatories due for the next pass."""
    ensure_admin(identity, "change deadline policies")
    if covenant not in REGIONAL_COVENANTS:
        raise Problem(404, f"No regional covenant {covenant!r}; known: {', '.join(REGIONAL_COVENANTS)}.")
    row = await repository.get_policy(session, covenant, for_update=True)
    # The migration stores a policy for every covenant; should one be missing, no ETag matches it.
    stale = if_match_failure(if_match, row.version if row else None)
    if stale is not None:
        raise stale
    if row is None:
        row = DeadlinePolicyRow(regional_covenant=covenant)
        session.add(row)
    for f in ("inventory_within_years", "assessment_within_years", "plan_within_years", "monitoring_every_years"):
        setattr(row, f, getattr(data, f))
    row.updated_at = now
    await session.flush()
    await repository.mark_covenant_due(session, covenant, now.date())
    return row


async def reassess_due(reg: Registry, limit: int = PASS_CHUNK) -> int:
    """Reassess signatories a due date has caught up with (at most `limit`); how many."""
    ids = await repository.signatory_ids_due(reg.session, reg.today, limit)
    await reg.reassess(await repository.signatories_by_ids(reg.session, ids))
    await reg.finish()
    return len(ids)


async def compliance_pass(app: FastAPI) -> None:
    """The scheduled pass: reassess every signatory that is due, in transactions of a few
    hundred, then drop the change feed's tombstones older than it keeps."""
    clock, settings = app.state.clock, app.state.settings
    reassessed, n = 0, None
    while n != 0:
        async with app.state.sessionmaker() as session, session.begin():
            n = await reassess_due(Registry(session, app.state.covenants, clock.today(), clock.now()))
        reassessed += n
    async with app.state.sessionmaker() as session, session.begin():
        pruned = await prune_change_feed(session, clock.now(), settings.tombstone_retention_days)
    if reassessed or pruned:
        log.info("reassessed %d signatories, pruned %d tombstones from the change feed", reassessed, pruned)


def compliance_job(settings: Settings) -> PeriodicJob:
    """The pass as the service's periodic job: deadlines pass without any change to a record."""
    return PeriodicJob(COMPLIANCE_PASS, compliance_pass, every=timedelta(hours=settings.compliance_every_hours))


async def wake_compliance_pass(app: FastAPI) -> None:
    """Run the pass now (after a request's commit: a policy changed)."""
    # async, so a background task runs it on the event loop rather than in a worker thread
    wake_job(app, COMPLIANCE_PASS)
