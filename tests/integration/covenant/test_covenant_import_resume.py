"""An import survives lost connections (decision 0024): a chunk whose connection is lost is
tried again, and an import that failed anyway continues with `:resume` from its last committed
chunk; either way the counts, the signatories and the events are exactly those of a clean run."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from services.covenant.models import CovenantImport, Signatory, kit
from shared import importjobs
from tests.integration.covenant.covenantsupport import covenant_app
from tests.integration.covenant.test_covenant_imports_api import finished, upload
from tests.support.databases import new_database_url
from tests.support.dbfaults import LostConnections
from tests.support.service_app import caller

# 300 rows of the real 2024 file: three chunks of 100, and the empty last one.
REAL = (Path(__file__).resolve().parents[2] / "data" / "covenant" / "mycovenant_signatories_2024_first300.csv").read_bytes()
FORMAT = "mycovenant-signatories"
COUNTS = ("status", "total", "created", "updated", "unchanged", "failed")


def chunk_commits(sql: str) -> bool:
    """The statement that ends each chunk's transaction: the job's counts with its chunk number."""
    return sql.lstrip().upper().startswith("UPDATE COVENANT_IMPORTS") and "chunks_done" in sql


async def stored(app) -> tuple[int, int]:
    async with app.state.sessionmaker() as s:
        signatories = await s.scalar(select(func.count()).select_from(Signatory))
        events = await s.scalar(select(func.count()).select_from(kit.outbox))
    return signatories, events


@pytest.fixture
async def clean_run(tmp_path) -> tuple[dict, tuple[int, int]]:
    """What the slice gives without faults, on a database of its own."""
    async with covenant_app(new_database_url("clean", tmp_path), import_chunk_rows=100) as app, caller(app) as admin:
        done = await finished(admin, (await upload(admin, FORMAT, REAL)).json())
        return {k: done[k] for k in COUNTS}, await stored(app)


@pytest.fixture(autouse=True)
def short_waits(monkeypatch):
    monkeypatch.setattr(importjobs, "CHUNK_RETRY_WAITS", (0.01,))


async def test_a_chunk_whose_connection_is_lost_is_tried_again(database_url, clean_run):
    counts, rows = clean_run
    assert counts["status"] == "succeeded" and counts["total"] == 300 and counts["created"] > 250, counts
    async with covenant_app(database_url, import_chunk_rows=100) as app, caller(app) as admin:
        lost = LostConnections(match=chunk_commits, fail=lambda n: n in (2, 4)).install(app.state.engine)
        done = await finished(admin, (await upload(admin, FORMAT, REAL)).json())
        assert lost.raised == 2  # chunk 2 lost once (after its rows were sent), chunk 3 too
        assert {k: done[k] for k in COUNTS} == counts
        assert await stored(app) == rows


async def test_a_failed_import_resumes_from_its_last_committed_chunk(database_url, clean_run):
    counts, rows = clean_run
    async with covenant_app(database_url, import_chunk_rows=100) as app, caller(app) as admin:
        # chunk 3 loses its connection at every try: the import fails with two chunks committed
        lost = LostConnections(match=chunk_commits, fail=lambda n: n >= 3).install(app.state.engine)
        failed = await finished(admin, (await upload(admin, FORMAT, REAL)).json())
        assert failed["status"] == "failed" and lost.raised == importjobs.CHUNK_ATTEMPTS
        assert failed["errors"][-1]["reason"].startswith("import stopped: ")
        async with app.state.sessionmaker() as s:
            assert (await s.get(CovenantImport, failed["id"])).chunks_done == 2
        assert (await stored(app))[0] == failed["created"] > 0  # what two chunks wrote, and no more

        async with caller(app, "covenant_office", regional_covenant="europe") as office:
            assert (await office.post(f"/v1/covenant/imports/{failed['id']}:resume")).status_code == 404  # not its import
        lost.fail = lambda n: False  # the database is back
        r = await admin.post(f"/v1/covenant/imports/{failed['id']}:resume")
        assert r.status_code == 202 and r.json()["status"] == "queued", r.text
        assert r.headers["location"] == f"/v1/covenant/imports/{failed['id']}"
        done = await finished(admin, r.json())
        assert {k: done[k] for k in COUNTS} == counts
        assert not any(e["reason"].startswith("import stopped") for e in done["errors"])
        assert await stored(app) == rows  # the first two chunks were not written again
        again = await admin.post(f"/v1/covenant/imports/{failed['id']}:resume")
        assert again.status_code == 409 and "succeeded" in again.json()["detail"]
