"""Two replicas resuming the same import: one runs it, the other leaves it alone."""

import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from services.applications import imports
from services.applications.models import City, CityImport, kit
from shared.db import make_engine, make_sessionmaker, utcnow
from tests.support.databases import migrate

CSV = (
    "geonameid,name,asciiname,latitude,longitude,feature_class,feature_code,country_code,admin1_code,population,elevation,dem,timezone,modification_date\n"
    + "".join(f"{900 + i},Town {i},Town {i},10,10,P,PPL,PT,,{150000 + i},,,Europe/Lisbon,2020-01-01\n" for i in range(250))
).encode()


async def test_two_runs_of_one_import_store_each_city_and_event_once(database_url):
    migrate("applications", database_url)
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    try:
        async with sessions() as s, s.begin():
            job = CityImport(format="geonames", body=CSV, created_by="test", status="queued", errors=[])
            s.add(job)
        await asyncio.gather(imports.run_import(sessions, job.id, 50), imports.run_import(sessions, job.id, 50))
        async with sessions() as s:
            done = await s.get(CityImport, job.id)
            assert (done.status, done.total, done.created, done.unchanged) == ("succeeded", 250, 250, 0)
            assert await s.scalar(select(func.count()).select_from(City)) == 250
            assert await s.scalar(select(func.count()).select_from(kit.outbox)) == 250
    finally:
        await engine.dispose()


async def test_an_import_left_running_by_a_dead_process_is_taken_over(database_url):
    migrate("applications", database_url)
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    try:
        async with sessions() as s, s.begin():
            fresh = CityImport(format="geonames", body=CSV, created_by="t", status="running", errors=[], heartbeat_at=utcnow())
            dead = CityImport(
                format="geonames",
                body=CSV,
                created_by="t",
                status="running",
                errors=[],
                heartbeat_at=utcnow() - timedelta(minutes=10),
            )
            s.add_all([fresh, dead])
        await imports.run_import(sessions, fresh.id)
        await imports.run_import(sessions, dead.id)
        async with sessions() as s:
            assert (await s.get(CityImport, fresh.id)).status == "running"  # a live process has it
            assert (await s.get(CityImport, dead.id)).status == "succeeded"
    finally:
        await engine.dispose()
