"""Regional offices sync both ways: batches answered item by item, and a change feed."""

from __future__ import annotations

import csv
import io

import pytest

from tests.support.platform import client, create_key


def signatory(name: str, country: str, **extra) -> dict:
    return {
        "name": name,
        "country_code": country,
        "population": 120_000,
        "adhesion_date": "2023-05-02",
        "adhesion_type": "individual",
        "commitments": [{"pillar": "mitigation", "generation": "CoM2030"}, {"pillar": "adaptation", "generation": "CoM2030"}],
        **extra,
    }


@pytest.fixture(scope="module")
def europe_office_key(stack) -> str:
    return create_key(stack, "covenant_office", regional_covenant="europe")


@pytest.fixture
async def europe_office(stack, europe_office_key):
    async with client(stack, europe_office_key) as c:
        yield c


async def test_a_batch_answers_each_item_with_its_own_status(admin, europe_office):
    r = await admin.put("/v1/covenant/signatories/DE90001", json=signatory("Lindenau", "DE"))
    assert r.status_code == 201, r.text
    stale = r.headers["etag"]
    assert (
        await admin.put("/v1/covenant/signatories/DE90001", json=signatory("Lindenau", "DE", population=125_000))
    ).status_code == 200

    r = await europe_office.post(
        "/v1/covenant/signatories:batchUpsert",
        json={
            "items": [
                {"gcom_id": "DE90002", **signatory("Auenwald", "DE")},
                {"gcom_id": "DE90001", "if_match": stale, **signatory("Lindenau", "DE", population=130_000)},
                {"gcom_id": "CO90001", **signatory("Villa del Río", "CO")},
                {"gcom_id": "DE90003", **signatory("Nowhere", "DE", population=-1)},
                {"gcom_id": "DE90002", **signatory("Auenwald again", "DE")},
            ]
        },
    )
    assert r.status_code == 207, r.text
    items = r.json()["items"]
    assert [(i["gcom_id"], i["status"], i["outcome"]) for i in items] == [
        ("DE90002", 201, "created"),
        ("DE90001", 412, "refused"),
        ("CO90001", 403, "refused"),
        ("DE90003", 422, "refused"),
        ("DE90002", 409, "refused"),
    ]
    assert items[1]["problem"]["current_etag"] != stale
    assert "latin_america_caribbean" in items[2]["problem"]["detail"]
    assert items[3]["problem"]["errors"][0]["pointer"].startswith("/items/3/population")
    # Refused items were not written, not even in part.
    assert (await admin.get("/v1/covenant/signatories/DE90001")).json()["population"] == 125_000
    assert (await admin.get("/v1/covenant/signatories/CO90001")).status_code == 404
    assert (await admin.get("/v1/covenant/signatories/DE90003")).status_code == 404


async def test_a_put_with_a_stale_etag_is_refused_and_an_office_writes_only_its_covenant(admin, europe_office):
    r = await europe_office.put("/v1/covenant/signatories/AT90001", json=signatory("Kleinwald", "AT"))
    assert r.status_code == 201, r.text
    etag = r.headers["etag"]
    r = await europe_office.put("/v1/covenant/signatories/AT90001", json=signatory("Kleinwald", "AT"), headers={"If-Match": etag})
    assert r.status_code == 200 and r.headers["etag"] == etag  # unchanged: same version
    r = await europe_office.put(
        "/v1/covenant/signatories/AT90001", json=signatory("Kleinwald", "AT", population=1), headers={"If-Match": etag}
    )
    assert r.status_code == 200 and r.headers["etag"] != etag
    r = await europe_office.put(
        "/v1/covenant/signatories/AT90001", json=signatory("Kleinwald", "AT", population=2), headers={"If-Match": etag}
    )
    assert r.status_code == 412 and r.headers["content-type"].startswith("application/problem+json")
    r = await europe_office.put("/v1/covenant/signatories/AT90001", json=signatory("Kleinwald", "MX"))
    assert r.status_code == 403  # it cannot move a signatory out of its covenant
    r = await europe_office.put("/v1/covenant/signatories/MX90001", json=signatory("Pueblo", "MX"))
    assert r.status_code == 403


async def test_an_impossible_target_is_refused_with_its_rules(admin):
    r = await admin.put("/v1/covenant/signatories/FI90001", json=signatory("Järvelä", "FI"))
    mitigation = next(c for c in r.json()["commitments"] if c["pillar"] == "mitigation")
    url = f"/v1/covenant/signatories/FI90001/commitments/{mitigation['id']}/targets"
    r = await admin.post(url, json={"type": "base_year", "base_year": 2030, "target_year": 2020, "reduction_percent": 140})
    assert r.status_code == 422
    assert {e["rule"] for e in r.json()["errors"]} == {"target_year_before_base_year", "reduction_above_100_percent"}
    r = await admin.post(url, json={"type": "base_year", "base_year": 2005, "target_year": 2030, "reduction_percent": 55})
    assert r.status_code == 422 and [e["rule"] for e in r.json()["errors"]] == ["base_year_inventory_missing"]
    r = await admin.post(url, json={"type": "fixed_level", "target_year": 2030, "fixed_level_tco2e": 40_000})
    assert r.status_code == 201 and r.json()["level_tco2e"] == 40_000
    assert "mitigation.target" in (await admin.get("/v1/covenant/signatories/FI90001")).json()["badges"]


async def test_the_list_exports_as_csv(admin):
    for n in (1, 2):
        assert (await admin.put(f"/v1/covenant/signatories/CR9000{n}", json=signatory(f"Cantón {n}", "CR"))).status_code == 201
    r = await admin.get("/v1/covenant/signatories", params={"country": "CR"}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(row["gcom_id"], row["name"], row["regional_covenant"]) for row in rows] == [
        ("CR90001", "Cantón 1", "latin_america_caribbean"),
        ("CR90002", "Cantón 2", "latin_america_caribbean"),
    ]
    assert rows[0]["generations"] == "CoM2030"


async def test_the_change_feed_read_from_the_start_reproduces_the_registry(admin):
    await admin.put("/v1/covenant/signatories/SE90001", json=signatory("Gamla", "SE"))
    await admin.put("/v1/covenant/signatories/SE90002", json=signatory("Nya", "SE"))
    r = await admin.request("DELETE", "/v1/covenant/signatories/SE90002", params={"reason": "registered twice"})
    assert r.status_code == 204
    await admin.post("/v1/covenant/signatories/SE90001:withdraw", json={"reason": "council decision 2026-11"})

    replica: dict[str, dict] = {}
    cursor, deletes, last_seq = "0", 0, 0
    while True:
        page = (await admin.get("/v1/covenant/signatories/changes", params={"cursor": cursor, "limit": 1000})).json()
        for change in page["items"]:
            assert change["seq"] > last_seq  # oldest first, each change once
            last_seq = change["seq"]
            if change["op"] == "delete":
                replica.pop(change["signatory_id"], None)
                deletes += 1
            else:
                replica[change["signatory_id"]] = change["signatory"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert deletes >= 1

    registry: dict[str, dict] = {}
    token = None
    while True:
        page = (
            await admin.get("/v1/covenant/signatories", params={"page_size": 500} | ({"page_token": token} if token else {}))
        ).json()
        registry |= {s["id"]: s for s in page["items"]}
        token = page["next_page_token"]
        if not token:
            break
    assert {k: (v["version"], v["status"]) for k, v in replica.items()} == {
        k: (v["version"], v["status"]) for k, v in registry.items()
    }
    assert replica == registry
    withdrawn = next(s for s in registry.values() if s["gcom_id"] == "SE90001")
    assert withdrawn["status"] == "withdrawn"

    # Nothing new: the cursor stays where it is.
    page = (await admin.get("/v1/covenant/signatories/changes", params={"cursor": cursor})).json()
    assert page["items"] == [] and page["next_cursor"] == cursor and page["has_more"] is False
    assert (await admin.get("/v1/covenant/signatories/changes", params={"cursor": "yesterday"})).status_code == 400
