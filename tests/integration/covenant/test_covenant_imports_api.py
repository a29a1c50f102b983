"""The import upload in-process: 415, 413, 422 before anything is stored, 202 with the import
resource, which the background job fills in (counts, warnings, rows another covenant owns)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.integration.covenant.covenantsupport import covenant_app
from tests.support.service_app import caller

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "covenant"
SIGNATORIES = (SAMPLES / "mycovenant_signatories_sample.csv").read_bytes()
INVENTORIES = (SAMPLES / "jrc_emission_inventories_sample.csv").read_bytes()
CSV = {"Content-Type": "text/csv"}


async def finished(client, job: dict) -> dict:
    """The import once its job has finished (polled, with a deadline)."""
    deadline = asyncio.get_running_loop().time() + 60
    while job["status"] in ("queued", "running"):
        assert asyncio.get_running_loop().time() < deadline, job
        await asyncio.sleep(0.05)
        job = (await client.get(f"/v1/covenant/imports/{job['id']}")).json()
    return job


async def upload(client, fmt: str, body: bytes, headers: dict | None = None):
    return await client.post(
        "/v1/covenant/imports", params={"format": fmt}, content=body, headers=CSV if headers is None else headers
    )


async def test_a_bad_upload_is_refused_before_anything_is_stored(database_url):
    async with covenant_app(database_url, import_max_bytes=len(SIGNATORIES) - 1) as app, caller(app) as admin:
        assert (
            await upload(admin, "mycovenant-signatories", SIGNATORIES, {"Content-Type": "application/json"})
        ).status_code == 415
        assert (await upload(admin, "mycovenant-signatories", SIGNATORIES)).status_code == 413
        r = await upload(admin, "city-list", b"a,b\n1,2\n")
        assert r.status_code == 422 and "mycovenant-signatories" in r.json()["detail"]
        r = await upload(admin, "mycovenant-signatories", b"a,b\n1,2\n")
        assert r.status_code == 422 and "gcom_id" in r.json()["detail"]
        assert (await upload(admin, "mycovenant-signatories", b"\xff\xfe,\x00\n")).status_code == 422
        assert (await admin.get("/v1/covenant/imports/nope")).status_code == 404
        async with caller(app, "dashboard") as dashboard:
            assert (await upload(dashboard, "mycovenant-signatories", b"a\n")).status_code == 403


async def test_the_sample_files_import_and_a_second_run_changes_nothing(app):
    async with caller(app) as admin:
        r = await upload(admin, "mycovenant-signatories", SIGNATORIES)
        assert r.status_code == 202, r.text
        job = r.json()
        assert r.headers["location"] == f"/v1/covenant/imports/{job['id']}" and job["status"] == "queued"
        done = await finished(admin, job)
        assert (done["status"], done["total"], done["created"], done["failed"]) == ("succeeded", 20, 20, 0), done
        assert {w["kind"] for w in done["warnings"]} >= {"lowercase country_code read in capitals"}

        inventories = await finished(admin, (await upload(admin, "jrc-emission-inventories", INVENTORIES)).json())
        assert inventories["status"] == "succeeded" and inventories["created"] > 0, inventories

        again = await finished(admin, (await upload(admin, "mycovenant-signatories", SIGNATORIES)).json())
        assert (again["status"], again["unchanged"], again["created"], again["updated"]) == ("succeeded", 20, 0, 0)
        stats = (await admin.get("/v1/covenant/stats")).json()
        assert stats["total"] == 20


async def test_an_office_import_fails_the_rows_of_other_covenants(app):
    async with caller(app, "covenant_office", regional_covenant="europe") as office:
        done = await finished(office, (await upload(office, "mycovenant-signatories", SIGNATORIES)).json())
    assert done["status"] == "succeeded" and done["failed"] > 0 and done["created"] + done["failed"] == 20
    assert all(e["reason"].startswith("403:") for e in done["errors"])
