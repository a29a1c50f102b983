"""Signatories through the API in-process: PUT and GET with ETags, lists, filters, pages,
the CSV export, withdrawal, deletion and the change feed."""

from __future__ import annotations

import csv
import io

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller, outbox_types

BASE = "/v1/covenant/signatories"


async def test_a_put_creates_then_replaces_and_every_change_is_one_version(app):
    async with caller(app) as admin:
        r = await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE", group={"organisation_id": "G-1"}))
        assert r.status_code == 201, r.text
        assert r.headers["location"] == f"{BASE}/DE90001" and r.headers["etag"] == '"1"'
        created = r.json()
        assert (created["gcom_id"], created["regional_covenant"], created["version"]) == ("DE90001", "europe", 1)
        assert created["group"] == {"organisation_id": "G-1", "name": None}
        assert [(c["pillar"], c["generation"]) for c in created["commitments"]] == [
            ("adaptation", "CoM2030"),
            ("mitigation", "CoM2030"),
        ]
        assert created["badges"] == ["adaptation.commitment", "mitigation.commitment"]
        assert set(created["compliance"]) == {"assessed_on", "next_change_on", "missing"}

        for key in ("DE90001", created["id"]):
            r = await admin.get(f"{BASE}/{key}")
            assert r.status_code == 200 and r.headers["etag"] == '"1"' and r.json() == created

        r = await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE", group={"organisation_id": "G-1"}))
        assert (r.status_code, r.headers["etag"]) == (200, '"1"')  # nothing changed: same version
        r = await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE", population=1), headers={"If-Match": '"1"'})
        assert (r.status_code, r.headers["etag"], r.json()["group"]) == (200, '"2"', None)
        # A change the compliance engine reads (reassessed in the same write): still one version.
        r = await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE", population=1, adhesion="2020-01-10"))
        assert (r.status_code, r.headers["etag"]) == (200, '"3"')
        assert r.json()["status"] == "on_hold"
        r = await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE", population=2), headers={"If-Match": '"2"'})
        assert r.status_code == 412 and r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["current_etag"] == '"3"'
        assert (await admin.get(f"{BASE}/DE90001")).json()["population"] == 1

        assert (await admin.get(f"{BASE}/DE99999")).status_code == 404
        assert (await admin.put(f"{BASE}/QQ90001", json=signatory("Atlantis", "QQ"))).json()["errors"][0]["code"] == (
            "unknown_country"
        )
    assert (await outbox_types(app, short=True))[:3] == ["signatory.joined", "commitment.made", "commitment.made"]


async def test_an_office_writes_only_the_signatories_of_its_covenant(app):
    async with caller(app, "covenant_office", regional_covenant="europe") as office:
        assert (await office.put(f"{BASE}/AT90001", json=signatory("Kleinwald", "AT"))).status_code == 201
        assert (await office.put(f"{BASE}/AT90001", json=signatory("Kleinwald", "MX"))).status_code == 403
        assert (await office.put(f"{BASE}/MX90001", json=signatory("Pueblo", "MX"))).status_code == 403
    async with caller(app, "dashboard") as dashboard:
        assert (await dashboard.get(f"{BASE}/AT90001")).status_code == 200
        assert (await dashboard.put(f"{BASE}/AT90002", json=signatory("Auenwald", "AT"))).status_code == 403


async def test_lists_filter_page_by_name_and_export_as_csv(app):
    async with caller(app) as admin:
        await admin.put(f"{BASE}/LI90001", json=signatory("Grand Bourg", "LI", population=40_000, adhesion="2019-04-01"))
        petit = signatory(
            "Petit Bourg",
            "LI",
            population=9_000,
            adhesion="2022-06-01",
            commitments=[{"pillar": "adaptation", "generation": "MayorsAdapt"}],
        )
        await admin.put(f"{BASE}/LI90002", json=petit)
        await admin.put(f"{BASE}/LI90003", json=signatory("Aubourg", "LI", population=20_000, adhesion="2026-01-01"))
        await admin.put(f"{BASE}/MX90001", json=signatory("Pueblo", "MX"))

        async def names(**params) -> list[str]:
            r = await admin.get(BASE, params={"country": "LI", **params})
            assert r.status_code == 200, r.text
            return [s["name"] for s in r.json()["items"]]

        assert await names() == ["Aubourg", "Grand Bourg", "Petit Bourg"]
        assert await names(generation="MayorsAdapt") == ["Petit Bourg"]
        assert await names(badge="adaptation.commitment") == ["Aubourg", "Grand Bourg", "Petit Bourg"]
        assert await names(badge="mitigation.commitment") == ["Aubourg", "Grand Bourg"]
        assert await names(min_population=10_000, max_population=30_000) == ["Aubourg"]
        assert await names(adhered_from="2020-01-01") == ["Aubourg", "Petit Bourg"]
        assert await names(adhered_to="2020-01-01") == ["Grand Bourg"]
        assert await names(regional_covenant="europe", status="on_hold") == ["Grand Bourg", "Petit Bourg"]
        assert await names(status="published") == ["Aubourg"]
        assert (await admin.get(BASE, params={"regional_covenant": "latin_america_caribbean"})).json()["items"][0]["name"] == (
            "Pueblo"
        )
        assert (await admin.get(BASE, params={"badge": "gold.star"})).status_code == 422
        assert (await admin.get(BASE, params={"regional_covenant": "atlantis"})).status_code == 422

        seen, token = [], None
        while True:
            params = {"country": "LI", "page_size": 1} | ({"page_token": token} if token else {})
            page = (await admin.get(BASE, params=params)).json()
            seen += [s["name"] for s in page["items"]]
            token = page["next_page_token"]
            if not token:
                break
        assert seen == ["Aubourg", "Grand Bourg", "Petit Bourg"]

        r = await admin.get(BASE, params={"country": "LI"}, headers={"Accept": "text/csv"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert [(row["gcom_id"], row["name"], row["generations"]) for row in rows] == [
            ("LI90003", "Aubourg", "CoM2030"),
            ("LI90001", "Grand Bourg", "CoM2030"),
            ("LI90002", "Petit Bourg", "MayorsAdapt"),
        ]


async def test_the_csv_export_reads_past_its_first_chunk(app):
    items = [{"gcom_id": f"SE9{n:04d}", **signatory(f"Ort {n:04d}", "SE")} for n in range(1003)]
    async with caller(app) as admin:
        assert (await admin.post(f"{BASE}:batchUpsert", json={"items": items[:1000]})).status_code == 207
        assert (await admin.post(f"{BASE}:batchUpsert", json={"items": items[1000:]})).status_code == 207
        r = await admin.get(BASE, params={"country": "SE"}, headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["gcom_id"] for row in rows] == [i["gcom_id"] for i in items]


async def test_withdrawal_deletion_members_and_the_change_feed(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="europe") as office:
        group = (await admin.put(f"{BASE}/SE90001", json=signatory("Gamla", "SE", organisation_id="ORG-1"))).json()
        await admin.put(f"{BASE}/SE90002", json=signatory("Nya", "SE", group={"organisation_id": "ORG-1"}))
        await admin.put(f"{BASE}/SE90003", json=signatory("Mellan", "SE", group={"organisation_id": "ORG-1"}))
        members = (await admin.get(f"{BASE}/SE90001/members")).json()
        assert [m["name"] for m in members["items"]] == ["Mellan", "Nya"] and members["next_page_token"] is None
        assert (await admin.get(f"{BASE}/SE90002/members")).json() == {"items": [], "next_page_token": None}

        url = f"{BASE}/SE90001:withdraw"
        stale = await admin.post(url, json={"reason": "council decision"}, headers={"If-Match": '"7"'})
        assert stale.status_code == 412
        r = await admin.post(url, json={"reason": "council decision"}, headers={"If-Match": '"1"'})
        assert (r.status_code, r.json()["status"], r.headers["etag"]) == (200, "withdrawn", '"2"')
        assert (await admin.post(url, json={"reason": "again"})).status_code == 409

        assert (await office.request("DELETE", f"{BASE}/SE90003", params={"reason": "twice"})).status_code == 403
        assert (await admin.request("DELETE", f"{BASE}/SE90003", params={"reason": "registered twice"})).status_code == 204
        assert (await admin.get(f"{BASE}/SE90003")).status_code == 404

        feed = (await admin.get(f"{BASE}/changes", params={"cursor": "0"})).json()
        assert [(c["op"], c["gcom_id"]) for c in feed["items"]] == [
            ("upsert", "SE90002"),
            ("upsert", "SE90001"),
            ("delete", "SE90003"),
        ]
        assert feed["items"][1]["signatory"]["status"] == "withdrawn" and feed["items"][1]["signatory"]["version"] == 2
        assert feed["items"][2]["signatory"] is None and feed["has_more"] is False
        assert feed["items"][1]["signatory_id"] == group["id"]
        page = (await admin.get(f"{BASE}/changes", params={"cursor": feed["next_cursor"], "limit": 1})).json()
        assert page == {"items": [], "next_cursor": feed["next_cursor"], "has_more": False}
        assert (await admin.get(f"{BASE}/changes", params={"cursor": "yesterday"})).status_code == 400

        stats = (await admin.get("/v1/covenant/stats")).json()
        assert (stats["total"], stats["by_country"], stats["by_status"]) == (2, {"SE": 2}, {"on_hold": 1, "withdrawn": 1})
        covenants = (await admin.get("/v1/covenant/regional-covenants")).json()
        assert "SE" in covenants["europe"] and "MX" in covenants["latin_america_caribbean"]
    types = await outbox_types(app, short=True)
    assert types.count("signatory.withdrawn") == 1 and types[-1] == "signatory.deleted"
