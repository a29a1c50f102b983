"""The real GeoNames file (24,046 cities) imports whole; a second import changes nothing."""

import asyncio
import time
from pathlib import Path

from tests.support.streams import count_on_stream, events_on_stream

GEONAMES = Path(__file__).resolve().parents[3] / "shared" / "data" / "real" / "geonames_cities15000.csv"


async def _import(admin, body: bytes) -> dict:
    r = await admin.post("/v1/cities/imports", params={"format": "geonames"}, content=body, headers={"Content-Type": "text/csv"})
    assert r.status_code == 202, r.text
    job = r.json()
    assert r.headers["location"] == f"/v1/cities/imports/{job['id']}"
    deadline = time.monotonic() + 600
    while job["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        await asyncio.sleep(0.5)
        job = (await admin.get(f"/v1/cities/imports/{job['id']}")).json()
    return job


async def _city_events(stack) -> int:
    return await count_on_stream(stack.nats.url, "iuc.applications.city.>")


async def _drained(stack, timeout: float = 120) -> int:
    """The number of city events once the relay has stopped adding any."""
    last, deadline = -1, time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = await _city_events(stack)
        if n == last:
            return n
        last = n
        await asyncio.sleep(1.0)
    raise AssertionError("the relay kept publishing")


async def test_the_geonames_file_imports_whole_and_reimports_as_unchanged(stack, admin):
    body = GEONAMES.read_bytes()
    first = await _import(admin, body)
    assert first["status"] == "succeeded", first
    assert first["total"] == 24_046
    assert first["failed"] == 0, first["errors"][:5]
    assert first["created"] + first["updated"] + first["unchanged"] == 24_046

    # Same-name cities in different countries stay distinct.
    r = await admin.get("/v1/cities", params={"q": "córdoba", "page_size": 50})
    countries = {c["country_code"] for c in r.json()["items"] if c["name"] == "Córdoba"}
    assert {"AR", "ES", "MX"} <= countries

    # Each created city has one city.registered event.
    events_before = await _drained(stack)
    registered = [
        e for e in await events_on_stream(stack.nats.url, "iuc.applications.city.registered") if e.data["city"]["geonames_id"]
    ]
    assert len({e.data["city"]["geonames_id"] for e in registered}) == len(registered) >= first["created"]

    second = await _import(admin, body)
    assert second["status"] == "succeeded"
    assert (second["total"], second["created"], second["updated"], second["unchanged"], second["failed"]) == (
        24_046,
        0,
        0,
        24_046,
        0,
    )
    await asyncio.sleep(2)
    assert await _drained(stack) == events_before


async def test_row_errors_are_reported_and_good_rows_still_import(admin):
    csv = (
        b"geonameid,name,asciiname,latitude,longitude,feature_class,feature_code,country_code,admin1_code,population,elevation,dem,timezone,modification_date\n"
        b"990000001,Testville,Testville,10,10,P,PPL,FR,,150000,,,Europe/Paris,2020-01-01\n"
        b"990000002,Nowhere,Nowhere,10,10,P,PPL,ZZ,,150000,,,,2020-01-01\n"
        b"990000003,Lots,Lots,10,10,P,PPL,FR,,many,,,,2020-01-01\n"
    )
    job = await _import(admin, csv)
    assert job["status"] == "succeeded"
    assert (job["total"], job["created"], job["failed"]) == (3, 1, 2)
    assert [(e["row"], e["key"]) for e in job["errors"]] == [(3, "990000002"), (4, "990000003")]


async def test_a_file_that_is_not_geonames_is_refused(admin):
    r = await admin.post(
        "/v1/cities/imports", params={"format": "geonames"}, content=b"a,b\n1,2\n", headers={"Content-Type": "text/csv"}
    )
    assert r.status_code == 422 and "geonameid" in r.json()["detail"]
    r = await admin.post(
        "/v1/cities/imports", params={"format": "geonames"}, content=b"{}", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 415
    r = await admin.post("/v1/cities/imports", params={"format": "xlsx"}, content=b"a", headers={"Content-Type": "text/csv"})
    assert r.status_code == 422
