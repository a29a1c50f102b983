"""Bulk imports of the JRC files (read by import_files.py): the import resource, and the
background job that applies a file in chunks, each chunk one transaction with its events."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import date

from fastapi import FastAPI
from sqlalchemy import delete, insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.covenant import repository
from services.covenant.domain import RegionalCovenantMap, affects_compliance
from services.covenant.import_files import (
    APPLIED_WARNINGS,
    MATCHED_BY_ORGANISATION_ID,
    NEGATIVE_KEPT,
    SIGNATORIES,
    InventoryGroup,
    SignatoryRow,
    Warnings,
    check_header,
    owner_of,
    parse_inventories,
    parse_signatories,
)
from services.covenant.models import CovenantImport, Inventory, InventoryRow
from services.covenant.registry import Registry
from services.covenant.reports.service import follow_base_years, inventory_submitted
from shared.clock import Clock
from shared.concurrency import touch
from shared.identity import Identity
from shared.ids import new_id
from shared.importjobs import (
    BadFile,
    ImportProgress,
    RowError,
    claim,
    commit_chunk,
    csv_first_line,
    ensure_may_read_import,
    finish,
    reopen,
    spawn_import,
    unfinished_import_ids,
)
from shared.problems import Problem
from shared.repository import get_or_404

log = logging.getLogger("iuc.covenant.imports")

# --- the import resource ----------------------------------------------------------------


async def start_import(session: AsyncSession, identity: Identity, fmt: str, body: bytes) -> CovenantImport:
    """Store a file as a queued import (its header checked first); run it with `run_in_background`."""
    head = csv_first_line(body)  # 422 unless the whole file is UTF-8
    try:
        check_header(fmt, head)
    except BadFile as exc:
        raise Problem(422, str(exc), errors=[{"pointer": "/", "detail": str(exc), "code": "csv_header"}]) from exc
    job = CovenantImport(
        format=fmt,
        body=body,
        created_by=identity.subject,
        status="queued",
        errors=[],
        warnings=[],
        restricted_to_covenant=None if identity.is_admin else identity.regional_covenant,
    )
    session.add(job)
    await session.flush()
    return job


async def get_import(session: AsyncSession, identity: Identity, import_id: str) -> CovenantImport:
    """An import's status, counts, row errors and cleaned-up dirt: its owner's and the admins' (404 to others)."""
    job = await get_or_404(session, CovenantImport, import_id, what="import")
    ensure_may_read_import(identity, job)
    return job


async def resume_import(session: AsyncSession, identity: Identity, import_id: str) -> CovenantImport:
    """Queue a failed import again (its owner's and the admins'; 409 unless it failed); run it with
    `start_in_background` once committed: it continues after its last committed chunk."""
    return await reopen(session, CovenantImport, import_id, identity)


def run_in_background(app: FastAPI, import_id: str) -> None:
    """Apply a stored import in a task of this process."""
    state = app.state
    spawn_import(
        app, lambda: run_import(state.sessionmaker, state.covenants, state.clock, import_id, state.settings.import_chunk_rows)
    )


async def start_in_background(app: FastAPI, import_id: str) -> None:
    """`run_in_background` as a request's background task, after the import's row is committed."""
    # async, so the task runs on the event loop rather than in a worker thread
    run_in_background(app, import_id)


async def resume_imports(app: FastAPI) -> None:
    """Imports that a stopped process left queued or running are picked up again."""
    async with app.state.sessionmaker() as session:
        ids = await unfinished_import_ids(session, CovenantImport)
    for import_id in ids:
        run_in_background(app, import_id)


# --- applying a chunk -------------------------------------------------------------------


async def import_signatories(
    reg: Registry, job: CovenantImport, rows: list[SignatoryRow], progress: ImportProgress, applied: Warnings | None = None
) -> None:
    """Create or update a chunk of signatories in the registry's transaction (what it cleans up is all
    found on reading the rows: nothing goes to `applied`)."""
    existing = await repository.signatories_by_organisation_id(reg.session, [r.data.organisation_id for r in rows])
    holders = await repository.ids_by_gcom_id(reg.session, [r.gcom_id for r in rows if r.gcom_id])
    to_create: list[SignatoryRow] = []
    updates = []
    for r in rows:
        s = existing.get(r.data.organisation_id)
        covenant = reg.covenants.covenant_of(r.data.country_code)
        foreign = job.restricted_to_covenant and {covenant, s.regional_covenant if s else covenant} != {
            job.restricted_to_covenant
        }
        if foreign:
            progress.fail(
                r.row, f"403: the importing office writes only {job.restricted_to_covenant} signatories", r.data.organisation_id
            )
            continue
        holder = holders.get(r.gcom_id) if r.gcom_id else None
        if holder and (s is None or holder[0] != s.id):
            progress.fail(r.row, f"gcom_id {r.gcom_id} already belongs to another signatory", r.data.organisation_id)
            continue
        if s is None:
            to_create.append(r)
        else:
            updates.append((s, r))
    await reg.create([(r.gcom_id, r.data) for r in to_create])
    # Read first, change after: each updated signatory is then written once, by finish().
    reassessed = [s for s, r in updates if affects_compliance(reg.sync_changes(s, r.data))]
    evidence = await reg.evidence(reassessed) if reassessed else None
    changes = []
    for s, r in updates:
        changed = reg.apply_sync(s, r.data)
        if r.gcom_id and r.gcom_id != s.gcom_id:
            s.gcom_id = r.gcom_id
            reg.changed(s)
            changed.append("gcom_id")
        changes.append((s, changed))
    if evidence is not None:
        reg.assess(reassessed, evidence)
    for s, changed in changes:
        if changed:
            reg.updated_event(s, changed)
    await reg.finish()
    updated = sum(1 for _, changed in changes if changed)
    progress.created += len(to_create)
    progress.updated += updated
    progress.unchanged += len(updates) - updated


async def _inventory_owners(reg: Registry, groups: list[InventoryGroup]) -> dict[str, tuple[tuple[str, str], bool]]:
    """GCoM_ID -> ((signatory id, regional covenant), found by organisation id) for the ids of the chunk
    that name a registered signatory (import_files.owner_of)."""
    keys = list({g.gcom_id for g in groups})
    by_gcom_id = await repository.ids_by_gcom_id(reg.session, keys)
    rest = [k for k in keys if k not in by_gcom_id]
    by_organisation_id = await repository.ids_by_organisation_id(reg.session, rest) if rest else {}
    found = {k: owner_of(k, by_gcom_id, by_organisation_id) for k in keys}
    return {k: v for k, v in found.items() if v is not None}


async def import_inventories(
    reg: Registry, job: CovenantImport, groups: list[InventoryGroup], progress: ImportProgress, applied: Warnings
) -> None:
    """Create, revise or leave each inventory of a chunk, then reassess the signatories touched (each moves
    in the change feed); `applied` counts what keeping an inventory's lines did (never a failed line)."""
    owners = await _inventory_owners(reg, groups)
    known = [(owners[g.gcom_id][0][0], g.external_id) for g in groups if g.gcom_id in owners]
    stored = await repository.inventories_by_external_id(reg.session, known)
    inventory_rows: list[dict] = []
    inventories: list[dict] = []
    touched: dict[str, list[tuple[Inventory, bool]]] = defaultdict(list)
    for g in groups:
        owner = owners.get(g.gcom_id)
        if owner is None:
            progress.fail_rows(g.lines, f"no signatory has gcom_id or organisation_id {g.gcom_id}", g.external_id)
            continue
        (signatory_id, covenant), by_organisation_id = owner
        if job.restricted_to_covenant and covenant != job.restricted_to_covenant:
            progress.fail_rows(g.lines, f"403: {g.gcom_id} belongs to {covenant}", g.external_id)
            continue
        for n in g.lines if by_organisation_id else ():
            applied.add(MATCHED_BY_ORGANISATION_ID, n)
        for n in g.negative_lines:
            applied.add(NEGATIVE_KEPT, n)
        inv = stored.get((signatory_id, g.external_id))
        if inv is not None:
            if [(r.sector, r.scope, r.activity_mwh, r.emissions_tco2e, r.factor_type) for r in inv.rows] == g.comparable() and (
                inv.kind,
                inv.year,
                inv.population,
            ) == (g.kind, g.year, g.population):
                progress.unchanged += len(g.rows)
                continue
            await reg.session.execute(delete(InventoryRow).where(InventoryRow.inventory_id == inv.id))
            inv.kind, inv.year, inv.population = g.kind, g.year, g.population
            inv.total_emissions = sum(r["emissions_tco2e"] for r in g.rows)
            touch(inv)  # its rows changed, if nothing else: a new version all the same
            progress.updated += len(g.rows)
            touched[signatory_id].append((inv, True))
        else:
            inv = Inventory(
                signatory_id=signatory_id,
                external_id=g.external_id,
                kind=g.kind,
                year=g.year,
                population=g.population,
                # The JRC file has no submission date: the end of the inventory year is the earliest it can be.
                submitted_on=date(g.year, 12, 31),
                total_emissions=sum(r["emissions_tco2e"] for r in g.rows),
                version=1,
                created_at=reg.now,
            )
            inv.id = new_id()
            inventories.append({c.key: getattr(inv, c.key) for c in Inventory.__table__.columns})
            progress.created += len(g.rows)
            touched[signatory_id].append((inv, False))
        inventory_rows += [{"inventory_id": inv.id, "line": n, **r} for n, r in enumerate(g.rows, start=1)]
    if inventories:
        await reg.session.execute(insert(Inventory.__table__), inventories)
    if inventory_rows:
        await reg.session.execute(insert(InventoryRow.__table__), inventory_rows)
    signatories = await repository.signatories_by_ids(reg.session, list(touched))
    for s in signatories:
        reg.events += [(inventory_submitted(s, inv, revision), s.id) for inv, revision in touched[s.id]]
        if any(revision for _, revision in touched[s.id]):
            await follow_base_years(reg.session, s.id)  # a revised inventory may be a target's base year
    await reg.reassess(signatories)
    for s in signatories:
        reg.changed(s)  # a new or revised inventory moves its signatory in the change feed
    await reg.finish()


# --- the job ----------------------------------------------------------------------------


async def run_import(
    sessionmaker: async_sessionmaker[AsyncSession],
    covenants: RegionalCovenantMap,
    clock: Clock,
    import_id: str,
    chunk_rows: int = 1000,
) -> None:
    """Process a queued import in chunks, each chunk one transaction with its events."""
    claimed = await claim(sessionmaker, CovenantImport, import_id)
    if claimed is None:
        return
    text, progress = claimed
    warnings = Warnings()  # of reading the file, and of the chunks committed so far
    if progress.resumed is not None:
        async with sessionmaker() as session:
            stored = (await get_or_404(session, CovenantImport, import_id, what="import")).warnings
        warnings.merge(Warnings.from_list(stored or [], APPLIED_WARNINGS))

    async def apply(chunk: list, fn) -> None:
        applied = Warnings()  # what applying this chunk found: counted once its transaction has committed

        async def write(session: AsyncSession, job: CovenantImport) -> None:
            applied.counts.clear()  # a chunk tried again counts again
            applied.seen.clear()
            reg = Registry(session, covenants, clock.today(), clock.now())
            if chunk:
                await fn(reg, job, chunk, progress, applied)
            job.warnings = warnings.merged(applied).as_list()

        await commit_chunk(sessionmaker, CovenantImport, import_id, progress, write)
        warnings.merge(applied)

    try:
        async with sessionmaker() as session:
            fmt = (await get_or_404(session, CovenantImport, import_id, what="import")).format
        if fmt == SIGNATORIES:
            await _signatories_job(text, covenants, warnings, progress, apply, chunk_rows)
        else:
            groups, errors, total = parse_inventories(text, warnings)
            progress.total = total
            for e in errors:
                progress.fail(e.row, e.reason, e.key)
            per_chunk = max(1, chunk_rows // 8)  # an inventory has about 8 rows
            for start in range(0, len(groups), per_chunk):
                await apply(groups[start : start + per_chunk], import_inventories)
            await apply([], None)
        await finish(sessionmaker, CovenantImport, import_id)
    except Exception as exc:
        log.exception("import %s failed", import_id)
        await finish(sessionmaker, CovenantImport, import_id, exc)


async def _signatories_job(text, covenants, warnings, progress, apply, chunk_rows: int) -> None:
    chunk: list[SignatoryRow] = []
    seen_org: dict[str, int] = {}
    seen_gcom: dict[str, int] = {}
    for item in parse_signatories(text, covenants, warnings):
        progress.total += 1
        if isinstance(item, RowError):
            progress.fail(item.row, item.reason, item.key)
            continue
        org = item.data.organisation_id
        if org in seen_org:
            progress.fail(item.row, f"organisation_id {org} repeats row {seen_org[org]}", org)
            continue
        if item.gcom_id and item.gcom_id in seen_gcom:
            # Two organisations of the 2024 file share PS0007; both are real signatories, so
            # the later one is kept, without the id it cannot have.
            warnings.add("gcom_id of an earlier row with another organisation_id: kept without gcom_id", item.row)
            item = SignatoryRow(item.row, None, item.data)
        seen_org[org] = item.row
        if item.gcom_id:
            seen_gcom[item.gcom_id] = item.row
        chunk.append(item)
        if len(chunk) >= chunk_rows:
            await apply(chunk, import_signatories)
            chunk = []
    await apply(chunk, import_signatories)
