"""HTTP routes of the covenant service: thin, they parse, authorise and call the use cases."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Body, Query, Request, Response
from fastapi.responses import StreamingResponse

from services.covenant import imports, repository, service, sync
from services.covenant.auth import CovenantRead, CovenantWrite, ensure_admin, ensure_may_write
from services.covenant.domain import ALL_BADGES, REGIONAL_COVENANTS, Generation, SignatoryStatus
from services.covenant.models import (
    CovenantImport,
    DeadlinePolicyRow,
    Signatory,
)
from services.covenant.routes_reports import RegistryDep, signatory_or_404
from services.covenant.routes_reports import router as reports_router
from services.covenant.schemas import (
    BatchResult,
    ChangePage,
    CommitmentRead,
    ComplianceRead,
    DeadlinePolicyRead,
    DeadlinePolicyUpdate,
    GcomId,
    ImportRead,
    SignatoryPage,
    SignatoryRead,
    SignatoryUpsert,
    StatsRead,
    Withdrawal,
)
from shared.clock import ClockDep
from shared.concurrency import check_if_match, set_etag
from shared.pagination import PageParams, PageQuery, make_page
from shared.problems import Problem
from shared.service import SessionDep

router = APIRouter(prefix="/v1/covenant", tags=["covenant"])


# --- wire views -------------------------------------------------------------------------


def signatory_read(s: Signatory) -> SignatoryRead:
    return SignatoryRead(
        **{k: getattr(s, k) for k in SignatoryRead.model_fields if k not in ("group", "badges", "commitments", "compliance")},
        group={"organisation_id": s.group_organisation_id, "name": s.group_name}
        if s.group_organisation_id or s.group_name
        else None,
        badges=[b.badge for b in s.badges],
        commitments=[CommitmentRead.model_validate(c, from_attributes=True) for c in s.commitments],
        compliance={
            "assessed_on": s.compliance_assessed_on,
            "next_change_on": s.compliance_next_change_on,
            "missing": s.compliance_missing,
        },
    )


def policy_read(p: DeadlinePolicyRow) -> DeadlinePolicyRead:
    return DeadlinePolicyRead.model_validate(p, from_attributes=True)


# --- signatories ------------------------------------------------------------------------

CSV_COLUMNS = (
    "gcom_id",
    "organisation_id",
    "name",
    "country_code",
    "regional_covenant",
    "population",
    "latitude",
    "longitude",
    "adhesion_date",
    "adhesion_type",
    "status",
    "badges",
    "generations",
)


def _csv_line(s: Signatory | None) -> str:
    out = io.StringIO()
    if s is None:
        csv.writer(out).writerow(CSV_COLUMNS)
    else:
        values: dict[str, Any] = {k: getattr(s, k) for k in CSV_COLUMNS if k not in ("badges", "generations")}
        values["badges"] = " ".join(b.badge for b in s.badges)
        values["generations"] = " ".join(sorted({c.generation for c in s.commitments}))
        csv.writer(out).writerow(["" if values[k] is None else values[k] for k in CSV_COLUMNS])
    return out.getvalue()


async def _csv_rows(sessionmaker, filters: repository.SignatoryFilters) -> AsyncIterator[str]:
    yield _csv_line(None)
    page = PageParams(page_size=1000, after=None)
    while True:
        async with sessionmaker() as session:
            rows = await repository.list_signatories(session, page, filters)
            chunk = rows[: page.page_size]
            yield "".join(_csv_line(s) for s in chunk)
        if len(rows) <= page.page_size:
            return
        page = PageParams(page_size=1000, after=[chunk[-1].name, chunk[-1].id])


@router.get(
    "/signatories",
    response_model=SignatoryPage,
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def list_signatories(
    request: Request,
    session: SessionDep,
    identity: CovenantRead,
    page: PageQuery,
    regional_covenant: Annotated[str | None, Query(description="e.g. europe, latin_america_caribbean")] = None,
    country: Annotated[str | None, Query(min_length=2, max_length=2, description="ISO 3166-1 alpha-2")] = None,
    status: SignatoryStatus | None = None,
    badge: Annotated[str | None, Query(description="e.g. mitigation.inventory; see ALL badges in the docs")] = None,
    generation: Generation | None = None,
    min_population: Annotated[int | None, Query(ge=0)] = None,
    max_population: Annotated[int | None, Query(ge=0)] = None,
    adhered_from: date | None = None,
    adhered_to: date | None = None,
):
    """Signatories by name, filtered; `Accept: text/csv` exports every match as CSV."""
    if badge and badge not in ALL_BADGES:
        raise Problem(
            422, f"Unknown badge {badge!r}.", errors=[{"pointer": "/badge", "detail": f"one of {', '.join(ALL_BADGES)}"}]
        )
    if regional_covenant and regional_covenant not in REGIONAL_COVENANTS:
        raise Problem(422, f"Unknown regional covenant {regional_covenant!r}; known: {', '.join(REGIONAL_COVENANTS)}.")
    filters = repository.SignatoryFilters(
        regional_covenant=regional_covenant,
        country_code=country,
        status=status.value if status else None,
        badge=badge,
        generation=generation.value if generation else None,
        min_population=min_population,
        max_population=max_population,
        adhered_from=adhered_from,
        adhered_to=adhered_to,
    )
    if "text/csv" in request.headers.get("accept", ""):
        return StreamingResponse(
            _csv_rows(request.app.state.sessionmaker, filters),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="signatories.csv"'},
        )
    rows = await repository.list_signatories(session, page, filters)
    return make_page(rows, page, key=lambda s: [s.name, s.id], to_item=signatory_read)


@router.post("/signatories:batchUpsert", status_code=207, response_model=BatchResult)
async def batch_upsert_signatories(
    reg: RegistryDep,
    identity: CovenantWrite,
    items: Annotated[
        list[dict[str, Any]],
        Body(
            embed=True, min_length=1, max_length=1000, description="Up to 1,000 BatchItem objects (a signatory with its gcom_id)."
        ),
    ],
) -> BatchResult:
    """Upsert up to 1,000 signatories; each item answers with its own status (207)."""
    outcomes = await sync.sync(reg, identity, [sync.parse_batch_item(raw, n) for n, raw in enumerate(items)])
    gcom_ids = [str(raw.get("gcom_id", "")) for raw in items]
    return BatchResult(items=[o.as_result(n, gcom_ids[n]) for n, o in enumerate(outcomes)])


@router.get("/signatories/changes", response_model=ChangePage)
async def list_signatory_changes(
    session: SessionDep,
    identity: CovenantRead,
    cursor: Annotated[str, Query(description="`next_cursor` of the previous page; 0 reads from the start.")] = "0",
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> ChangePage:
    """What changed after the cursor, oldest first; deletions come as tombstones."""
    try:
        after = int(cursor)
        if after < 0:
            raise ValueError
    except ValueError as exc:
        raise Problem(400, "cursor is not a cursor this API issued.") from exc
    if after < await repository.feed_pruned_through(session):
        raise Problem(410, "The cursor is older than the change feed keeps; read the registry again and start from its cursor.")
    signatories = await repository.changed_signatories(session, after, limit + 1)
    tombstones = await repository.tombstones_after(session, after, limit + 1)
    changes: list[dict] = [
        {
            "seq": s.change_seq,
            "op": "upsert",
            "signatory_id": s.id,
            "gcom_id": s.gcom_id,
            "organisation_id": s.organisation_id,
            "signatory": s,
        }
        for s in signatories
    ] + [
        {
            "seq": t.change_seq,
            "op": "delete",
            "signatory_id": t.signatory_id,
            "gcom_id": t.gcom_id,
            "organisation_id": t.organisation_id,
            "signatory": None,
        }
        for t in tombstones
    ]
    changes.sort(key=lambda c: c["seq"])
    page, more = changes[:limit], len(changes) > limit
    for c in page:
        c["signatory"] = signatory_read(c["signatory"]) if c["signatory"] is not None else None
    return ChangePage(items=page, next_cursor=str(page[-1]["seq"] if page else after), has_more=more)


@router.get("/signatories/{key}", response_model=SignatoryRead)
async def get_signatory(session: SessionDep, identity: CovenantRead, key: str, response: Response) -> SignatoryRead:
    """One signatory, by GCoM id (e.g. FR0003) or id; the ETag is its version."""
    s = await signatory_or_404(session, key)
    set_etag(response, s.version)
    return signatory_read(s)


@router.put("/signatories/{gcom_id}", response_model=SignatoryRead, responses={201: {"model": SignatoryRead}})
async def upsert_signatory(
    request: Request, reg: RegistryDep, identity: CovenantWrite, gcom_id: GcomId, body: SignatoryUpsert, response: Response
) -> SignatoryRead:
    """Create or replace a signatory by its GCoM id; `If-Match` guards against a stale copy."""
    item = sync.SyncItem(gcom_id, service.SignatoryData.from_upsert(body), request.headers.get("if-match"))
    outcome = (await sync.sync(reg, identity, [item]))[0]
    if outcome.problem is not None:
        raise outcome.problem
    s = outcome.signatory
    response.status_code = outcome.status
    if outcome.outcome == "created":
        response.headers["Location"] = f"/v1/covenant/signatories/{gcom_id}"
    set_etag(response, s.version)
    return signatory_read(s)


@router.delete("/signatories/{key}", status_code=204)
async def delete_signatory(
    reg: RegistryDep, identity: CovenantWrite, key: str, reason: Annotated[str, Query(min_length=3, max_length=2000)]
) -> Response:
    """Remove a record made in error (admin); syncing systems see a tombstone in the change feed."""
    await service.delete_signatory(reg, identity, await signatory_or_404(reg.session, key, for_update=True), reason)
    return Response(status_code=204)


@router.post("/signatories/{key}:withdraw", response_model=SignatoryRead)
async def withdraw_signatory(
    request: Request, reg: RegistryDep, identity: CovenantWrite, key: str, body: Withdrawal, response: Response
) -> SignatoryRead:
    """The signatory leaves the Covenant; a reason is required."""
    s = await signatory_or_404(reg.session, key, for_update=True)
    check_if_match(request, s.version)
    await service.withdraw_signatory(reg, identity, s, body.reason)
    set_etag(response, s.version)
    return signatory_read(s)


@router.get("/signatories/{key}/members", response_model=SignatoryPage)
async def list_group_members(session: SessionDep, identity: CovenantRead, key: str, page: PageQuery) -> dict:
    """The signatories that belong to a group signatory."""
    s = await signatory_or_404(session, key)
    if not s.organisation_id:
        return {"items": [], "next_page_token": None}
    rows = await repository.list_signatories(session, page, repository.SignatoryFilters(group_organisation_id=s.organisation_id))
    return make_page(rows, page, key=lambda m: [m.name, m.id], to_item=signatory_read)


@router.get("/signatories/{key}/compliance", response_model=ComplianceRead)
async def get_signatory_compliance(reg: RegistryDep, identity: CovenantRead, key: str) -> ComplianceRead:
    """Badges, status and every report owed with its due date, under the covenant's policy."""
    s = await signatory_or_404(reg.session, key)
    policy = await repository.get_policy(reg.session, s.regional_covenant)
    if policy is None:
        raise Problem(503, f"No deadline policy is stored for {s.regional_covenant}.")
    return ComplianceRead(
        signatory_id=s.id,
        gcom_id=s.gcom_id,
        regional_covenant=s.regional_covenant,
        status=s.status,
        badges=[b.badge for b in s.badges],
        missing=s.compliance_missing,
        next_change_on=s.compliance_next_change_on,
        assessed_on=s.compliance_assessed_on,
        policy=policy_read(policy),
    )


# --- imports ----------------------------------------------------------------------------


@router.post(
    "/imports",
    status_code=202,
    response_model=ImportRead,
    openapi_extra={"requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def start_covenant_import(
    request: Request,
    session: SessionDep,
    identity: CovenantWrite,
    response: Response,
    background: BackgroundTasks,
    format: Annotated[str, Query(description=f"File format: {', '.join(imports.FORMATS)}.")],
) -> ImportRead:
    """Start a bulk import from a JRC CSV file; poll the import resource for progress."""
    if format not in imports.FORMATS:
        raise Problem(422, f"Unknown import format {format!r}; supported: {', '.join(imports.FORMATS)}.")
    ensure_may_write(identity)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "text/csv":
        raise Problem(415, "Send the file as text/csv.")
    settings = request.app.state.settings
    body = await request.body()
    if len(body) > settings.import_max_bytes:
        raise Problem(413, f"The file is larger than {settings.import_max_bytes} bytes.")
    try:
        imports.check_header(format, body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise Problem(422, "The CSV body is not UTF-8 text.") from exc
    except imports.BadFile as exc:
        raise Problem(422, str(exc)) from exc
    job = CovenantImport(
        format=format,
        body=body,
        created_by=identity.subject,
        status="queued",
        errors=[],
        warnings=[],
        restricted_to_covenant=None if identity.is_admin else identity.regional_covenant,
    )
    session.add(job)
    await session.flush()
    # Background tasks run after the session dependency has committed the job.
    background.add_task(_start_import, request.app, job.id)
    response.headers["Location"] = f"/v1/covenant/imports/{job.id}"
    return ImportRead.model_validate(job, from_attributes=True)


async def _start_import(app, import_id: str) -> None:
    # async, so the background task runs on the event loop rather than in a worker thread
    spawn_import(app, import_id)


def spawn_import(app, import_id: str) -> None:
    """Run an import in the background, keeping a reference so it is not collected."""
    tasks: set = app.state.__dict__.setdefault("import_tasks", set())
    job = imports.run_import(
        app.state.sessionmaker, app.state.covenants, app.state.clock, import_id, app.state.settings.import_chunk_rows
    )
    task = asyncio.create_task(job)
    tasks.add(task)
    task.add_done_callback(tasks.discard)


@router.get("/imports/{import_id}", response_model=ImportRead)
async def get_covenant_import(session: SessionDep, identity: CovenantRead, import_id: str) -> ImportRead:
    """Status, counts, row errors and cleaned-up dirt of an import."""
    job = await repository.get_import(session, import_id)
    if job is None:
        raise Problem(404, f"No import {import_id}.")
    return ImportRead.model_validate(job, from_attributes=True)


# --- stats and policies -----------------------------------------------------------------


@router.get("/stats", response_model=StatsRead)
async def covenant_stats(session: SessionDep, identity: CovenantRead) -> dict:
    """Counts for dashboards: by regional covenant, country, status, badge and generation."""
    return await repository.stats(session)


@router.get("/deadline-policies", response_model=list[DeadlinePolicyRead])
async def list_deadline_policies(session: SessionDep, identity: CovenantRead) -> list[DeadlinePolicyRead]:
    """The deadline policy of every regional covenant."""
    return [policy_read(p) for _, p in sorted((await repository.policies(session)).items())]


@router.put("/deadline-policies/{regional_covenant}", response_model=DeadlinePolicyRead)
async def set_deadline_policy(
    request: Request,
    session: SessionDep,
    identity: CovenantWrite,
    clock: ClockDep,
    background: BackgroundTasks,
    regional_covenant: str,
    body: DeadlinePolicyUpdate,
    response: Response,
) -> DeadlinePolicyRead:
    """Change a covenant's deadlines (admin); its signatories are reassessed in the background."""
    ensure_admin(identity, "change deadline policies")
    if regional_covenant not in REGIONAL_COVENANTS:
        raise Problem(404, f"No regional covenant {regional_covenant!r}; known: {', '.join(REGIONAL_COVENANTS)}.")
    row = await service.set_policy(session, identity, regional_covenant, body, request.headers.get("if-match"), clock.today())
    # After the commit: the scheduled pass then finds the covenant's signatories due.
    background.add_task(_wake_compliance, request.app)
    set_etag(response, row.version)
    return policy_read(row)


async def _wake_compliance(app) -> None:
    app.state.compliance_wake.set()


@router.get("/regional-covenants", response_model=dict[str, list[str]])
async def list_regional_covenants(request: Request, identity: CovenantRead) -> dict[str, list[str]]:
    """Each regional covenant with the countries it covers (the configurable map)."""
    by_covenant: dict[str, list[str]] = {c: [] for c in REGIONAL_COVENANTS}
    for country, covenant in sorted(request.app.state.covenants.by_country.items()):
        by_covenant[covenant].append(country)
    return by_covenant


ROUTERS = (router, reports_router)
