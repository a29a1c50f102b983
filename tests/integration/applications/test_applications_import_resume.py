"""A city import survives lost connections (decision 0024): a chunk whose connection is lost is
tried again, and an import that failed anyway continues with `:resume` from its last committed
chunk, with the counts, cities and events of a clean run (bad and repeated rows included)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from services.applications.models import City, CityImport, kit
from shared import importjobs
from tests.integration.applications.applicationssupport import GEONAMES_HEADER, applications_app
from tests.integration.applications.test_applications_import_upload import _finished
from tests.support.dbfaults import LostConnections
from tests.support.service_app import caller

# 250 rows in chunks of 100 (the last chunk short); a row with a bad population and a repeated id.
ROWS = "".join(f"{910_000 + i},Town {i},Town {i},10,10,P,PPL,PT,,{150000 + i},,,Europe/Lisbon,2020-01-01\n" for i in range(248))
BODY = (
    GEONAMES_HEADER
    + ROWS
    + "910005,Again,Again,10,10,P,PPL,PT,,150000,,,,2020-01-01\n"
    + "919999,Lots,Lots,10,10,P,PPL,PT,,many,,,,2020-01-01\n"
).encode()
EXPECTED = {"status": "succeeded", "total": 250, "created": 248, "updated": 0, "unchanged": 0, "failed": 2}
CSV = {"Content-Type": "text/csv"}


def chunk_commits(sql: str) -> bool:
    return sql.lstrip().upper().startswith("UPDATE CITY_IMPORTS") and "chunks_done" in sql


async def stored(app) -> tuple[int, int]:
    async with app.state.sessionmaker() as s:
        return (
            await s.scalar(select(func.count()).select_from(City)),
            await s.scalar(select(func.count()).select_from(kit.outbox)),
        )


@pytest.fixture(autouse=True)
def short_waits(monkeypatch):
    monkeypatch.setattr(importjobs, "CHUNK_RETRY_WAITS", (0.01,))


async def start(admin) -> dict:
    r = await admin.post("/v1/cities/imports", params={"format": "geonames"}, content=BODY, headers=CSV)
    assert r.status_code == 202, r.text
    return r.json()


async def test_a_chunk_whose_connection_is_lost_is_tried_again(database_url):
    async with applications_app(database_url, import_chunk_rows=100) as app, caller(app) as admin:
        lost = LostConnections(match=chunk_commits, fail=lambda n: n == 2).install(app.state.engine)
        done = await _finished(admin, await start(admin))
        assert lost.raised == 1 and {k: done[k] for k in EXPECTED} == EXPECTED, done
        assert await stored(app) == (248, 248)


async def test_a_failed_import_resumes_from_its_last_committed_chunk(database_url):
    async with applications_app(database_url, import_chunk_rows=100) as app, caller(app) as admin:
        lost = LostConnections(match=chunk_commits, fail=lambda n: n >= 2).install(app.state.engine)
        failed = await _finished(admin, await start(admin))
        assert failed["status"] == "failed" and failed["created"] == 100 and await stored(app) == (100, 100), failed
        async with app.state.sessionmaker() as s:
            assert (await s.get(CityImport, failed["id"])).chunks_done == 1
        async with caller(app, "city", city_id="c-1") as city:
            assert (await city.post(f"/v1/cities/imports/{failed['id']}:resume")).status_code == 403
        lost.fail = lambda n: False
        r = await admin.post(f"/v1/cities/imports/{failed['id']}:resume")
        assert r.status_code == 202 and r.headers["location"] == f"/v1/cities/imports/{failed['id']}", r.text
        done = await _finished(admin, r.json())
        assert {k: done[k] for k in EXPECTED} == EXPECTED, done
        assert [e["row"] for e in done["errors"]] == [250, 251]  # the repeated id and the bad population, once each
        assert await stored(app) == (248, 248)
        assert (await admin.post(f"/v1/cities/imports/{failed['id']}:resume")).status_code == 409
        assert (await admin.post("/v1/cities/imports/no-such-import:resume")).status_code == 404
