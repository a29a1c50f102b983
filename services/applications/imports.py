"""Bulk city imports: reading GeoNames files row by row (pure), and the background job
that applies them in chunks, each chunk one transaction with its events."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.applications import repository
from services.applications.auth import ensure_admin
from services.applications.cities.service import city_profile
from services.applications.domain import UnknownCountry, default_languages, world_region_of
from services.applications.models import City, CityImport, kit
from shared.contracts.applications import CityRegistered, CityUpdated
from shared.identity import Identity
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
from shared.outbox import record_events
from shared.problems import Problem

log = logging.getLogger("iuc.applications.imports")

FORMATS = ("geonames",)
GEONAMES_REQUIRED = ("geonameid", "name", "country_code", "population", "latitude", "longitude")


@dataclass(frozen=True)
class CityRow:
    """The fields an import sets on a city; a re-import compares exactly these."""

    geonames_id: int
    name: str
    ascii_name: str | None
    country_code: str
    world_region: str
    admin1_code: str | None
    population: int
    latitude: float
    longitude: float
    timezone: str | None

    FIELDS = (
        "name",
        "ascii_name",
        "country_code",
        "world_region",
        "admin1_code",
        "population",
        "latitude",
        "longitude",
        "timezone",
    )


def _none_if_blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def parse_geonames(text: str) -> Iterator[CityRow | RowError]:
    """Each data row as a CityRow, or a RowError saying why it cannot be used."""
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in GEONAMES_REQUIRED if c not in header]
    if missing:
        raise BadFile(f"The file lacks the GeoNames column(s): {', '.join(missing)}.")
    for n, raw in enumerate(reader, start=2):
        key = (raw.get("geonameid") or "").strip() or None
        try:
            geonames_id = int(key or "")
        except ValueError:
            yield RowError(n, f"geonameid {key!r} is not a whole number", key)
            continue
        name = (raw.get("name") or "").strip()
        if not name:
            yield RowError(n, "name is empty", key)
            continue
        code = (raw.get("country_code") or "").strip().upper()
        try:
            region = world_region_of(code)
        except UnknownCountry as exc:
            yield RowError(n, str(exc), key)
            continue
        try:
            population = int((raw.get("population") or "").strip() or "x")
            if population < 0:
                raise ValueError
        except ValueError:
            yield RowError(n, f"population {raw.get('population')!r} is not a whole number of inhabitants", key)
            continue
        try:
            lat, lon = float(raw["latitude"]), float(raw["longitude"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
        except (TypeError, ValueError):
            yield RowError(n, f"coordinates {raw.get('latitude')!r}, {raw.get('longitude')!r} are not valid", key)
            continue
        yield CityRow(
            geonames_id=geonames_id,
            name=name,
            ascii_name=_none_if_blank(raw.get("asciiname")),
            country_code=code,
            world_region=region.value,
            admin1_code=_none_if_blank(raw.get("admin1_code")),
            population=population,
            latitude=lat,
            longitude=lon,
            timezone=_none_if_blank(raw.get("timezone")),
        )


def languages_for(row: CityRow) -> list[str]:
    """Languages a newly imported city starts with: its country's."""
    return default_languages(row.country_code)


# --- imports ----------------------------------------------------------------------------


async def start_import(session: AsyncSession, identity: Identity, fmt: str, body: bytes) -> CityImport:
    """Accept a file for import; the work happens in the background."""
    ensure_admin(identity, "import cities")
    head = csv_first_line(body)  # 422 unless the whole file is UTF-8
    try:
        next(parse_geonames(head + "\n"), None)  # the header must be usable
    except BadFile as exc:
        raise Problem(422, str(exc), errors=[{"pointer": "/", "detail": str(exc), "code": "csv_header"}]) from exc
    job = CityImport(format=fmt, body=body, created_by=identity.subject, status="queued", errors=[])
    session.add(job)
    await session.flush()
    return job


async def get_import(session: AsyncSession, identity: Identity, import_id: str) -> CityImport:
    """Status, counts and row errors of an import: its owner's and the admins' (404 to others)."""
    job = await repository.get_import(session, import_id)
    ensure_may_read_import(identity, job)
    return job


async def resume_import(session: AsyncSession, identity: Identity, import_id: str) -> CityImport:
    """Queue a failed import again (its owner's and the admins'; 409 unless it failed); run it with
    `run_in_background` once committed: it continues after its last committed chunk."""
    ensure_admin(identity, "resume city imports")  # as only admins start them
    return await reopen(session, CityImport, import_id, identity)


async def run_in_background(app: FastAPI, import_id: str) -> None:
    """Start applying an import beside the app's requests (once its row is committed)."""
    # async, so that a BackgroundTasks task runs it on the event loop, not in a worker thread
    spawn_import(app, lambda: run_import(app.state.sessionmaker, import_id, app.state.settings.import_chunk_rows))


async def resume_imports(app: FastAPI) -> None:
    """Imports that a stopped process left queued or running are picked up again."""
    async with app.state.sessionmaker() as session:
        ids = await unfinished_import_ids(session, CityImport)
    for import_id in ids:
        await run_in_background(app, import_id)


def _apply_row(city: City, row: CityRow) -> bool:
    """Copy an import row onto a city; True if any field changed."""
    changed = False
    for field in CityRow.FIELDS:
        value = getattr(row, field)
        if getattr(city, field) != value:
            setattr(city, field, value)
            changed = True
    return changed


async def _import_chunk(session: AsyncSession, progress: ImportProgress, rows: list[CityRow]) -> None:
    """Create or update a chunk of cities with one flush and one outbox write."""
    # Locked, so a PATCH of one of these cities waits for the chunk instead of failing its
    # versioned UPDATE (where the database locks: PostgreSQL).
    existing = await repository.cities_by_geonames_id(session, [r.geonames_id for r in rows], for_update=True)
    created: list[City] = []
    updated: list[City] = []
    for row in rows:
        city = existing.get(row.geonames_id)
        if city is None:
            city = City(
                geonames_id=row.geonames_id,
                languages=languages_for(row),
                challenges="",
                themes=[],
                sdgs=[],
                **{f: getattr(row, f) for f in CityRow.FIELDS},
            )
            created.append(city)
        elif _apply_row(city, row):
            updated.append(city)
        else:
            progress.unchanged += 1
    session.add_all(created)
    await session.flush()
    await record_events(
        session,
        kit.outbox,
        [(CityRegistered(city=city_profile(c)), c.id) for c in created]
        + [(CityUpdated(city=city_profile(c), changed=["import"]), c.id) for c in updated],
    )
    progress.created += len(created)
    progress.updated += len(updated)


async def run_import(sessionmaker: async_sessionmaker[AsyncSession], import_id: str, chunk_rows: int = 1000) -> None:
    """Process a queued import in chunks, each chunk one transaction with its events."""
    claimed = await claim(sessionmaker, CityImport, import_id)
    if claimed is None:
        return
    text, progress = claimed
    chunk: list[CityRow] = []
    seen: set[int] = set()

    async def write(session: AsyncSession, _job: CityImport) -> None:
        await _import_chunk(session, progress, chunk)

    async def flush() -> None:
        await commit_chunk(sessionmaker, CityImport, import_id, progress, write)
        chunk.clear()

    try:
        for item in parse_geonames(text):
            progress.total += 1
            if isinstance(item, RowError):
                progress.fail(item.row, item.reason, item.key)
                continue
            if item.geonames_id in seen:
                progress.fail(progress.total + 1, "geonameid repeats an earlier row", str(item.geonames_id))
                continue
            seen.add(item.geonames_id)
            chunk.append(item)
            if len(chunk) >= chunk_rows:
                await flush()
        await flush()
        await finish(sessionmaker, CityImport, import_id)
    except Exception as exc:
        log.exception("import %s failed", import_id)
        await finish(sessionmaker, CityImport, import_id, exc)
