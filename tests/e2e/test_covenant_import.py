"""The real JRC files import whole through the gateway (inventories named by GCoM id or organisation id; only the\nrows of signatories the 2024 file lacks fail); a second import changes nothing."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from tests.support.streams import count_on_stream

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real"
SIGNATORIES = REAL / "gcom_mycovenant_signatories_2024.csv"
INVENTORIES = REAL / "jrc_com_emission_inventories_2019.csv"


async def covenant_import(client, fmt: str, body: bytes) -> dict:
    """POST a file, then poll the import resource until it has finished."""
    r = await client.post("/v1/covenant/imports", params={"format": fmt}, content=body, headers={"Content-Type": "text/csv"})
    assert r.status_code == 202, r.text
    job = r.json()
    assert r.headers["location"] == f"/v1/covenant/imports/{job['id']}"
    deadline = time.monotonic() + 600
    while job["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        await asyncio.sleep(0.5)
        job = (await client.get(f"/v1/covenant/imports/{job['id']}")).json()
    return job


async def drained(stack, subject: str = "iuc.covenant.>", timeout: float = 180) -> int:
    """The number of covenant events once the relay has stopped adding any."""
    last, deadline = -1, time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = await count_on_stream(stack.nats.url, subject)
        if n == last:
            return n
        last = n
        await asyncio.sleep(1.5)
    raise AssertionError("the relay kept publishing")


async def test_the_real_files_import_whole_and_reimport_unchanged(stack, admin):
    first = await covenant_import(admin, "mycovenant-signatories", SIGNATORIES.read_bytes())
    assert first["status"] == "succeeded", first
    assert first["total"] == 11_973
    assert first["failed"] == len(first["errors"]) == 0, first["errors"][:5]
    assert first["created"] + first["updated"] + first["unchanged"] == 11_973
    warnings = {w["kind"]: w["rows"] for w in first["warnings"]}
    assert warnings['"-" read as a missing population_adhesion'] == 62
    assert warnings["adhesion_type given as the data dictionary's number"] == 1
    assert warnings["lowercase country_code read in capitals"] == 11_973

    # Every Italian signatory, page by page (no other end-to-end test registers one in Italy).
    seen: set[str] = set()
    token = None
    while True:
        params = {"country": "IT", "page_size": 500} | ({"page_token": token} if token else {})
        page = (await admin.get("/v1/covenant/signatories", params=params)).json()
        seen |= {s["id"] for s in page["items"]}
        assert all(s["country_code"] == "IT" and s["regional_covenant"] == "europe" for s in page["items"])
        token = page["next_page_token"]
        if not token:
            break
    assert len(seen) == 5_215

    inventories = await covenant_import(admin, "jrc-emission-inventories", INVENTORIES.read_bytes())
    assert inventories["status"] == "succeeded", inventories
    assert inventories["total"] == 61_207
    # 780 rows (39 ids) name their signatory by its MyCovenant organisation_id (12657 is Piteå, SE0031) and
    # are kept; the rows of the 33 ids no signatory of the 2024 file has fail, each on its own with its reason.
    assert (inventories["failed"], inventories["created"]) == (333, 61_207 - 333), inventories["errors"][:5]
    assert len(inventories["errors"]) == 333 and all(e["row"] >= 2 for e in inventories["errors"])
    unknown = {e["reason"].removeprefix("no signatory has gcom_id or organisation_id ") for e in inventories["errors"]}
    assert len(unknown) == 33 and "12657" not in unknown and "BE0465" in unknown
    assert len({e["row"] for e in inventories["errors"]}) == 333
    warned = {w["kind"]: w for w in inventories["warnings"]}
    matched = warned["GCoM_ID not a known gcom_id: matched to the signatory with that organisation_id"]
    assert matched["rows"] == 780
    # Sant Vicenç de Montalt (13544, ES0595) nets five of its lines out: kept, and said so.
    assert (warned["negative line kept as a correction"]["rows"], warned["negative line kept as a correction"]["examples"]) == (
        5,
        [60613, 60616, 60620, 60623, 60630],
    )
    pitea = (await admin.get("/v1/covenant/signatories/12657")).json()
    assert (pitea["gcom_id"], pitea["name"]) == ("SE0031", "Piteå")
    assert (await admin.get("/v1/covenant/signatories/SE0031/inventories")).json()["items"]
    stats = (await admin.get("/v1/covenant/stats")).json()
    assert stats["by_badge"]["mitigation.inventory"] > 6_000

    before = await drained(stack)
    again = await covenant_import(admin, "mycovenant-signatories", SIGNATORIES.read_bytes())
    assert (again["status"], again["total"], again["unchanged"]) == ("succeeded", 11_973, 11_973), again
    assert again["created"] == again["updated"] == again["failed"] == 0
    again_inventories = await covenant_import(admin, "jrc-emission-inventories", INVENTORIES.read_bytes())
    assert again_inventories["unchanged"] == inventories["created"]
    assert again_inventories["created"] == again_inventories["updated"] == 0
    assert await drained(stack) == before  # no event at all
