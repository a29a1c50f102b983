"""What applying an inventories import finds (lines kept as corrections, ids matched as organisation ids) is
counted once per committed chunk: a chunk tried again after a lost connection does not count twice, and a
resumed import takes over what its committed chunks counted."""

from __future__ import annotations

import pytest

from services.covenant.import_files import MATCHED_BY_ORGANISATION_ID, NEGATIVE_KEPT
from shared import importjobs
from tests.integration.covenant.covenantsupport import covenant_app
from tests.integration.covenant.test_covenant_import_resume import chunk_commits
from tests.integration.covenant.test_covenant_imports_api import finished, upload
from tests.integration.covenant.test_covenant_inventory_matching import INVENTORIES, SIGNATORIES
from tests.support.dbfaults import LostConnections
from tests.support.service_app import caller

# import_chunk_rows 8: one inventory a chunk (an inventory has about 8 rows), six chunks and the empty last one.
CHUNK_ROWS = 8
CLEAN = {NEGATIVE_KEPT: (4, [3, 6, 8, 11]), MATCHED_BY_ORGANISATION_ID: (6, [4, 5, 6, 7, 8])}


def applied(job: dict) -> dict[str, tuple[int, list[int]]]:
    return {w["kind"]: (w["rows"], w["examples"]) for w in job["warnings"] if w["kind"] in CLEAN}


@pytest.fixture(autouse=True)
def short_waits(monkeypatch):
    monkeypatch.setattr(importjobs, "CHUNK_RETRY_WAITS", (0.01,))


async def imported_signatories(app, admin) -> None:
    done = await finished(admin, (await upload(admin, "mycovenant-signatories", SIGNATORIES)).json())
    assert done["created"] == 3


async def test_a_chunk_tried_again_counts_its_warnings_once(database_url):
    async with covenant_app(database_url, import_chunk_rows=CHUNK_ROWS) as app, caller(app) as admin:
        await imported_signatories(app, admin)
        lost = LostConnections(match=chunk_commits, fail=lambda n: n in (2, 4, 5)).install(app.state.engine)
        done = await finished(admin, (await upload(admin, "jrc-emission-inventories", INVENTORIES)).json())
        assert lost.raised == 3 and done["status"] == "succeeded", done
        assert applied(done) == CLEAN


async def test_a_resumed_import_keeps_the_warnings_of_its_committed_chunks(database_url):
    async with covenant_app(database_url, import_chunk_rows=CHUNK_ROWS) as app, caller(app) as admin:
        await imported_signatories(app, admin)
        # Chunk 3 (the 13544 inventory, lines 5-8) fails at every try: chunks 1 (lines 2-3) and 2 (line 4) are committed.
        lost = LostConnections(match=chunk_commits, fail=lambda n: n >= 3).install(app.state.engine)
        failed = await finished(admin, (await upload(admin, "jrc-emission-inventories", INVENTORIES)).json())
        assert failed["status"] == "failed", failed
        assert applied(failed) == {NEGATIVE_KEPT: (1, [3]), MATCHED_BY_ORGANISATION_ID: (1, [4])}
        lost.fail = lambda n: False
        r = await admin.post(f"/v1/covenant/imports/{failed['id']}:resume")
        assert r.status_code == 202, r.text
        done = await finished(admin, r.json())
        assert (done["status"], done["created"], done["failed"]) == ("succeeded", 8, 2), done
        assert applied(done) == CLEAN
