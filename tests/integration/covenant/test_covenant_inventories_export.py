"""The inventories export: JSON pages and CSV of every inventory with its rows and signatory, an office's own
covenant by default."""

from __future__ import annotations

import csv
import io

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories"
EXPORT = "/v1/covenant/inventories"


def inventory(kind: str, year: int, *tonnes: float) -> dict:
    rows = [{"sector": "transport", "scope": "direct", "emissions_tco2e": t} for t in tonnes]
    return {"kind": kind, "year": year, "rows": rows}


async def _seeded(admin) -> None:
    for key, name, country in (("SE90001", "Gamla", "SE"), ("MX90001", "Pueblo", "MX")):
        assert (await admin.put(f"{BASE}/{key}", json=signatory(name, country))).status_code == 201
    for key, body in (
        ("SE90001", inventory("baseline", 2005, 100.0, 20.5)),
        ("SE90001", inventory("monitoring", 2020, 80.0)),
        ("MX90001", inventory("baseline", 2010, 55.0)),
    ):
        assert (await admin.post(f"{BASE}/{key}/inventories", json=body)).status_code == 201


async def test_every_inventory_with_its_signatory_as_pages_and_as_csv(app):
    async with caller(app) as admin:
        await _seeded(admin)
        r = await admin.get(EXPORT, params={"page_size": 2})
        assert r.status_code == 200, r.text
        first = r.json()
        rest = (await admin.get(EXPORT, params={"page_size": 2, "page_token": first["next_page_token"]})).json()
        items = first["items"] + rest["items"]
        assert sorted((i["gcom_id"], i["kind"], i["year"], i["total_emissions_tco2e"]) for i in items) == [
            ("MX90001", "baseline", 2010, 55.0),
            ("SE90001", "baseline", 2005, 120.5),
            ("SE90001", "monitoring", 2020, 80.0),
        ]
        assert {i["regional_covenant"] for i in items} == {"europe", "latin_america_caribbean"}
        baselines = (await admin.get(EXPORT, params={"kind": "baseline", "year_to": 2008})).json()["items"]
        assert [(i["signatory_name"], len(i["rows"])) for i in baselines] == [("Gamla", 2)]

        r = await admin.get(EXPORT, params={"country": "SE"}, headers={"Accept": "text/csv"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        lines = list(csv.DictReader(io.StringIO(r.text)))
        assert sorted((x["year"], x["emissions_tco2e"]) for x in lines) == [("2005", "100.0"), ("2005", "20.5"), ("2020", "80.0")]
        assert {x["gcom_id"] for x in lines} == {"SE90001"}


async def test_an_office_exports_its_own_covenant_and_is_refused_another(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="europe") as office:
        await _seeded(admin)
        own = (await office.get(EXPORT)).json()["items"]
        assert {i["gcom_id"] for i in own} == {"SE90001"}
        r = await office.get(EXPORT, params={"regional_covenant": "latin_america_caribbean"})
        assert r.status_code == 403 and r.json()["errors"][0]["rule"] == "own_covenant"
        assert (await office.get(EXPORT, params={"page_token": "not-a-token"})).status_code == 400
