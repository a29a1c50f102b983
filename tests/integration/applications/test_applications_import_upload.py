"""Uploading a GeoNames file: refused as a whole when it cannot be one (415, 413, 422), else
answered 202 and applied in the background, its progress read from the import resource."""

import asyncio
import time

from tests.integration.applications.applicationssupport import GEONAMES_HEADER, applications_app, assert_problem
from tests.support.service_app import caller, outbox_types

CSV = {"Content-Type": "text/csv"}
ROWS = (
    "990000001,Testville,Testville,10,10,P,PPL,FR,,150000,,,Europe/Paris,2020-01-01\n"
    "990000002,Nowhere,Nowhere,10,10,P,PPL,ZZ,,150000,,,,2020-01-01\n"
    "990000003,Lots,Lots,10,10,P,PPL,FR,,many,,,,2020-01-01\n"
    "990000004,Porto,Porto,41.15,-8.61,P,PPLA,PT,17,249633,,,Europe/Lisbon,2020-01-01\n"
)


async def _finished(admin, job: dict) -> dict:
    deadline = time.monotonic() + 30
    while job["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        await asyncio.sleep(0.05)
        r = await admin.get(f"/v1/cities/imports/{job['id']}")
        assert r.status_code == 200, r.text
        job = r.json()
    return job


async def test_a_file_is_accepted_then_applied_with_its_row_errors(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        r = await admin.post("/v1/cities/imports", params={"format": "geonames"}, content=GEONAMES_HEADER + ROWS, headers=CSV)
        assert r.status_code == 202, r.text
        job = r.json()
        assert r.headers["location"] == f"/v1/cities/imports/{job['id']}"
        assert (job["format"], job["status"], job["total"], job["errors"]) == ("geonames", "queued", 0, [])
        done = await _finished(admin, job)
        assert done["status"] == "succeeded", done
        assert (done["total"], done["created"], done["updated"], done["unchanged"], done["failed"]) == (4, 2, 0, 0, 2)
        assert [(e["row"], e["key"]) for e in done["errors"]] == [(3, "990000002"), (4, "990000003")]
        names = [c["name"] for c in (await admin.get("/v1/cities")).json()["items"]]
        assert names == ["Porto", "Testville"]
        assert await outbox_types(app, short=True) == ["city.registered", "city.registered"]

        # The same file again changes nothing; a changed row is one update and a new version.
        again = await admin.post("/v1/cities/imports", params={"format": "geonames"}, content=GEONAMES_HEADER + ROWS, headers=CSV)
        assert (await _finished(admin, again.json()))["unchanged"] == 2
        moved = GEONAMES_HEADER + ROWS.replace("249633", "250000")
        r = await admin.post("/v1/cities/imports", params={"format": "geonames"}, content=moved, headers=CSV)
        assert ((await _finished(admin, r.json()))["updated"]) == 1
        porto = (await admin.get("/v1/cities", params={"q": "porto"})).json()["items"][0]
        assert (porto["population"], porto["version"]) == (250_000, 2)
        assert (await outbox_types(app, short=True))[2:] == ["city.updated"]


async def test_a_file_that_cannot_be_an_import_is_refused_whole(database_url):
    async with applications_app(database_url, import_max_bytes=500) as app, caller(app) as admin:
        url = "/v1/cities/imports"
        body = assert_problem(await admin.post(url, params={"format": "xlsx"}, content=GEONAMES_HEADER, headers=CSV), 422)
        assert "geonames" in body["detail"]
        r = await admin.post(url, params={"format": "geonames"}, content=b"{}", headers={"Content-Type": "application/json"})
        assert_problem(r, 415)
        assert_problem(await admin.post(url, params={"format": "geonames"}, content=GEONAMES_HEADER + ROWS * 3, headers=CSV), 413)
        body = assert_problem(await admin.post(url, params={"format": "geonames"}, content=b"a,b\n1,2\n", headers=CSV), 422)
        assert "geonameid" in body["detail"]
        body = assert_problem(await admin.post(url, params={"format": "geonames"}, content=b"\xff\xfe,x\n", headers=CSV), 422)
        assert "UTF-8" in body["detail"]
        assert_problem(await admin.post(url, params={"format": "geonames"}, headers=CSV), 422)
        async with caller(app, "city", city_id="c1") as city:
            assert_problem(await city.post(url, params={"format": "geonames"}, content=GEONAMES_HEADER + ROWS, headers=CSV), 403)
        assert_problem(await admin.get(f"{url}/nope"), 404)
        assert (await admin.get("/v1/cities")).json()["items"] == []
