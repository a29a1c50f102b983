"""Bulk imports as background jobs: a CSV body is stored, answered 202, and applied in chunks.

A service declares its import table with `ImportJobColumns`, and its job runs as:
`text = await claim(...)`, then one transaction per chunk that ends with
`progress.save_to(job)`, then `finish(...)`. Several replicas may try the same import (each
resumes unfinished ones at start): the claim lets one run it, and lets another take over
once its heartbeat has stopped.

Each chunk is written by `commit_chunk`, which retries it (with back-off) when the database
connection is lost, and records on the job how many chunks are committed. An import that
failed anyway keeps its file; `reopen` queues it again (`POST .../imports/{id}:resume`), and
the next claim continues after the last committed chunk: the file is read again from the top
(so duplicates and row numbers come out as before) but the committed chunks are not written
again, and the counts are those the last committed chunk left (decision 0024). A taken-over
import continues the same way.
"""

from __future__ import annotations

import asyncio
import codecs
import logging
import tempfile
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fastapi import FastAPI, Request
from sqlalchemy import JSON, Integer, LargeBinary, String, and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column, undefer

from shared.db import UTCDateTime, utcnow
from shared.dbfaults import database_fault
from shared.identity import Identity
from shared.ids import new_id
from shared.limits import MiB, too_large_detail
from shared.problems import Problem
from shared.repository import NotFound

log = logging.getLogger("iuc.imports")

# Enough for every failed row of the real files; a file failing more is mostly wrong anyway.
MAX_ROW_ERRORS_KEPT = 5000
STALE_AFTER = timedelta(minutes=2)
# A chunk whose connection is lost is tried this many times in all, waiting between tries.
CHUNK_ATTEMPTS = 5
CHUNK_RETRY_WAITS = (0.5, 1.0, 2.0, 4.0)
STOPPED = "import stopped: "  # the reason `finish` adds (as row 0) when an import fails


class ImportJobColumns:
    """The columns every import table has (mix into a mapped class with a __tablename__)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    format: Mapped[str] = mapped_column(String(40), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="queued", index=True)
    total: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    failed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    errors: Mapped[list[dict]] = mapped_column(JSON, nullable=False, default=list)
    # The file (megabytes): loaded only by `claim`, never by the progress reads and chunk
    # updates that fetch the job many times during an import.
    body: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True, deferred_raiseload=True)
    # The owner: the subject (key id) that started it; only it and admins read the job.
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Renewed after every chunk; a running import whose heartbeat stops was left by a dead process.
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How many chunks are committed (with the counts above): where a resumed import continues.
    chunks_done: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class BadFile(ValueError):
    """The file as a whole cannot be read (not CSV, or required columns missing)."""


@dataclass(frozen=True)
class RowError:
    """Why one row of a file cannot be used."""

    row: int  # 1-based line number in the file, the header being line 1
    reason: str
    key: str | None = None


@dataclass
class ImportProgress:
    """Counts and row errors of a running import, saved onto the job after every chunk."""

    total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[dict] = field(default_factory=list)
    chunks: int = 0  # chunks this run has reached (committed, or skipped as committed before)
    # A resumed import: how many chunks an earlier run committed, and the counts it left.
    resume_after: int = 0
    resumed: ImportProgress | None = None

    _COUNTS = ("total", "created", "updated", "unchanged", "failed", "chunks")

    def snapshot(self) -> ImportProgress:
        """A copy of the counts, to go back to when a chunk's transaction is lost."""
        return ImportProgress(**{n: getattr(self, n) for n in self._COUNTS}, errors=list(self.errors))

    def restore(self, other: ImportProgress) -> None:
        """Take the counts of `other` (in place: the job's reader holds this object)."""
        for n in self._COUNTS:
            setattr(self, n, getattr(other, n))
        self.errors = list(other.errors)

    @classmethod
    def of(cls, job: ImportJobColumns) -> ImportProgress:
        """The counts a job's row holds (without the reason a failed run added)."""
        counts = {n: getattr(job, n) for n in ("total", "created", "updated", "unchanged", "failed")}
        errors = [e for e in job.errors or () if not (e.get("row") == 0 and str(e.get("reason", "")).startswith(STOPPED))]
        return cls(**counts, errors=errors, chunks=job.chunks_done or 0)

    def fail(self, row: int, reason: str, key: str | None = None) -> None:
        """Count a failed row and keep why (the first MAX_ROW_ERRORS_KEPT of them)."""
        self.failed += 1
        if len(self.errors) < MAX_ROW_ERRORS_KEPT:
            self.errors.append({"row": row, "key": key, "reason": reason})

    def fail_rows(self, rows: list[int], reason: str, key: str | None = None) -> None:
        """Count several rows failed for the same reason."""
        for row in rows:
            self.fail(row, reason, key)

    def save_to(self, job: ImportJobColumns) -> None:
        """Copy the counts onto the job row and renew its heartbeat."""
        job.total, job.created, job.updated = self.total, self.created, self.updated
        job.unchanged, job.failed = self.unchanged, self.failed
        job.errors = sorted(self.errors, key=lambda e: e["row"])
        job.chunks_done = self.chunks
        job.heartbeat_at = utcnow()


async def _retrying(what: str, import_id: str, attempt: Callable[[], Awaitable[None]], undo: Callable[[], None]) -> None:
    """Run `attempt` (one transaction), again after a wait while it fails for a lost database
    connection (shared/db.py database_fault); `undo` puts back what a failed try changed."""
    for tried in range(1, CHUNK_ATTEMPTS + 1):
        try:
            return await attempt()
        except Exception as exc:
            if database_fault(exc) is None or tried == CHUNK_ATTEMPTS:
                raise
            undo()
            wait = CHUNK_RETRY_WAITS[min(tried, len(CHUNK_RETRY_WAITS)) - 1]
            log.warning(
                "import %s: %s failed (%s); try %d of %d in %.1f s", import_id, what, exc, tried + 1, CHUNK_ATTEMPTS, wait
            )
            await asyncio.sleep(wait)


ChunkWriter = Callable[[AsyncSession, ImportJobColumns], Awaitable[None]]


async def commit_chunk(
    sessionmaker: async_sessionmaker[AsyncSession], model: type, import_id: str, progress: ImportProgress, write: ChunkWriter
) -> None:
    """Write one chunk in one transaction with the job's counts: `write(session, job)` adds the
    chunk's rows and events (counting them on `progress`), then the counts are saved on the job.

    A lost connection rolls the transaction back: the counts go back to what they were and the
    chunk is tried again, up to CHUNK_ATTEMPTS times. A commit whose answer was lost is found
    out by the job's `chunks_done` and not written twice. A chunk an earlier run committed (a
    resumed import) is not written at all; the last of them gives back that run's counts."""
    progress.chunks += 1
    if progress.chunks <= progress.resume_after:
        if progress.chunks == progress.resume_after and progress.resumed is not None:
            progress.restore(progress.resumed)
        return
    before = progress.snapshot()

    async def attempt() -> None:
        async with sessionmaker() as session, session.begin():
            job = await session.get(model, import_id, populate_existing=True)
            if job is None:
                raise NotFound("import", import_id)
            if (job.chunks_done or 0) >= progress.chunks:
                progress.restore(ImportProgress.of(job))  # the last try committed after all
                return
            await write(session, job)
            progress.save_to(job)

    await _retrying(f"chunk {progress.chunks}", import_id, attempt, lambda: progress.restore(before))


async def claim(sessionmaker: async_sessionmaker[AsyncSession], model: type, import_id: str) -> tuple[str, ImportProgress] | None:
    """Take a queued (or abandoned) import for this process: its body as text, and the progress
    to continue with (after the chunks an earlier run committed, if any); None if another live
    process has it or it is finished."""
    async with sessionmaker() as session, session.begin():
        now = utcnow()
        result = await session.execute(
            update(model)
            .where(
                model.id == import_id,
                or_(model.status == "queued", and_(model.status == "running", model.heartbeat_at < now - STALE_AFTER)),
            )
            .values(status="running", started_at=now, heartbeat_at=now)
        )
        if result.rowcount != 1:
            return None
        job = await session.get(model, import_id, options=[undefer(model.body)])
        progress = ImportProgress()
        if job.chunks_done:
            progress.resume_after, progress.resumed = job.chunks_done, ImportProgress.of(job)
            log.info("import %s continues after chunk %d", import_id, job.chunks_done)
        else:
            progress.save_to(job)
        return (job.body or b"").decode("utf-8-sig"), progress


async def reopen(session: AsyncSession, model: type, import_id: str, identity: Identity) -> ImportJobColumns:
    """Queue a failed import again, to continue after its last committed chunk: its owner's and
    the admins' (404 to others, as for reading it); 409 unless it failed (a queued or running one
    is still going, a succeeded one is done). Its file was kept when it failed; the reason it
    stopped is dropped, its counts stay until it continues."""
    job = await session.get(model, import_id, with_for_update=True, populate_existing=True)
    if job is None:
        raise NotFound("import", import_id)
    ensure_may_read_import(identity, job)
    if job.status != "failed":
        raise Problem(409, f"Only a failed import can be resumed; this one is {job.status}.")
    job.status, job.finished_at = "queued", None
    job.errors = ImportProgress.of(job).errors
    await session.flush()
    return job


async def finish(
    sessionmaker: async_sessionmaker[AsyncSession], model: type, import_id: str, error: BaseException | None = None
) -> None:
    """Mark the import succeeded (dropping its body) or failed with the reason it stopped
    (keeping its body, so that it can be resumed); retried like a chunk on a lost connection."""

    async def attempt() -> None:
        async with sessionmaker() as session, session.begin():
            job = await session.get(model, import_id, populate_existing=True)
            job.finished_at = utcnow()
            if error is None:
                job.status, job.body = "succeeded", None
            else:
                job.status = "failed"
                job.errors = [
                    *(job.errors or [])[: MAX_ROW_ERRORS_KEPT - 1],
                    {"row": 0, "key": None, "reason": f"{STOPPED}{error}"},
                ]

    await _retrying("finishing", import_id, attempt, lambda: None)


def ensure_may_read_import(identity: Identity, job: ImportJobColumns) -> None:
    """An import job (its counts and row errors, which quote the file) is its owner's and the admins':
    anyone else gets the same 404 as for a job that does not exist, so ids cannot be probed."""
    if identity.is_admin or job.created_by == identity.subject:
        return
    raise NotFound("import", job.id)


async def unfinished_import_ids(session: AsyncSession, model: type) -> list[str]:
    """Imports a stopped process left queued or running, oldest first."""
    rows = await session.scalars(select(model.id).where(model.status.in_(("queued", "running"))).order_by(model.created_at))
    return list(rows.all())


# --- the upload route's half ------------------------------------------------------------

# The body as an upload route declares it (`openapi_extra=CSV_UPLOAD`). Generated clients
# send what the document names, and `application/octet-stream` is the media type for raw
# bytes that they all know; `text/csv` (what curl users send) is taken just the same.
UPLOAD_MEDIA_TYPES = ("text/csv", "application/octet-stream")
CSV_UPLOAD = {
    "requestBody": {
        "required": True,
        "description": "The CSV file, UTF-8, as the body: Content-Type `text/csv` or `application/octet-stream`.",
        "content": {
            "application/octet-stream": {"schema": {"type": "string", "format": "binary", "contentMediaType": "text/csv"}}
        },
    }
}


# An upload is kept in memory up to this size while it arrives, on disk beyond it.
SPOOL_IN_MEMORY = 1 * MiB
# A body is checked to be UTF-8 this much at a time, so it is never held as bytes and text at once.
UTF8_CHECK_SLICE = 1 * MiB


async def read_csv_upload(request: Request, format: str, formats: Sequence[str], max_bytes: int) -> bytes:
    """The CSV file of an import request: a known format (else 422), sent as text/csv or raw bytes (else 415),
    no larger than `max_bytes` (413, answered as soon as the body passes it, not after).

    The kit's body limit (shared/bodylimit.py) has refused a body over the operation's limit before
    this runs; `max_bytes` (the service's setting) may be lower. The body arrives into a spooled
    file, so the process holds the file once (the bytes returned), not twice."""
    if format not in formats:
        raise Problem(422, f"Unknown import format {format!r}; supported: {', '.join(formats)}.")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in UPLOAD_MEDIA_TYPES:
        raise Problem(415, "Send the file as text/csv (or application/octet-stream).")
    too_large = Problem(413, too_large_detail(max_bytes), limit_bytes=max_bytes)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    size = 0
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_bytes:
                raise too_large
            spool.write(chunk)
        spool.seek(0)
        return spool.read()


def csv_first_line(body: bytes) -> str:
    """The first line of an uploaded CSV file as text, once the whole file is known to be UTF-8
    (else 422 `csv_not_utf8`). The check decodes a slice at a time and keeps nothing, so a file
    is not held a second time as text just to be checked."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(body)
    try:
        for start in range(0, len(view), UTF8_CHECK_SLICE):
            decoder.decode(view[start : start + UTF8_CHECK_SLICE])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        detail = "The CSV body is not UTF-8 text."
        raise Problem(422, detail, errors=[{"pointer": "/", "detail": detail, "code": "csv_not_utf8"}]) from exc
    end = body.find(b"\n")
    return body[: end if end >= 0 else len(body)].decode("utf-8-sig")


def spawn_import(app: FastAPI, run: Callable[[], Awaitable[None]]) -> None:
    """Run an import in the background, keeping a reference so the task is not collected."""
    tasks: set = app.state.__dict__.setdefault("import_tasks", set())
    task = asyncio.create_task(run())
    tasks.add(task)
    task.add_done_callback(tasks.discard)
