"""The inventories import finds a signatory by its GCoM id or, failing that, by its MyCovenant organisation
id (as the JRC file names some); it fails the rows of nobody's id one by one, and says it kept a negative
line only when it did."""

from __future__ import annotations

from services.covenant.import_files import MATCHED_BY_ORGANISATION_ID, NEGATIVE_KEPT
from tests.integration.covenant.covenantsupport import (
    INVENTORIES_HEADER,
    SIGNATORIES_HEADER,
    csv_file,
    inventory_line,
    signatory_line,
)
from tests.integration.covenant.test_covenant_imports_api import finished, upload
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories"
SIGNATORIES = csv_file(
    SIGNATORIES_HEADER,
    signatory_line("12657", "Piteå", "SE", 65.3179, 21.5133, "SE0031"),
    signatory_line("13544", "Sant Vicenç de Montalt", "ES", 41.5826, 2.5099, "ES0595"),
    signatory_line("30001", "Pueblo", "MX", 19.4326, -99.1332, "MX9001"),
)
INVENTORIES = csv_file(
    INVENTORIES_HEADER,
    inventory_line("SE0031", "900", "441", "118"),  # 2: by GCoM id
    inventory_line("SE0031", "900", "-132", "-35"),  # 3: a correction, kept
    inventory_line("12657", "901", "26480", "7070", year=2012),  # 4: Piteå by its organisation id
    inventory_line("13544", "26731", "328", "66"),  # 5-8: by organisation id, with two corrections
    inventory_line("13544", "26731", "-1337", "-309"),
    inventory_line("13544", "26731", "51", "0"),
    inventory_line("13544", "26731", "-51", "0"),
    inventory_line("19751", "902", "1019", "235"),  # 9-10: nobody's id, a correction among them
    inventory_line("19751", "902", "-990", "-229"),
    inventory_line("30001", "903", "-9625", "-2570"),  # 11: Pueblo by its organisation id (latin_america_caribbean)
)


def warnings_of(job: dict) -> dict[str, tuple[int, list[int]]]:
    return {w["kind"]: (w["rows"], w["examples"]) for w in job["warnings"]}


async def test_an_inventory_names_its_signatory_by_gcom_id_or_organisation_id(app):
    async with caller(app) as admin:
        assert (await finished(admin, (await upload(admin, "mycovenant-signatories", SIGNATORIES)).json()))["created"] == 3
        done = await finished(admin, (await upload(admin, "jrc-emission-inventories", INVENTORIES)).json())
        assert (done["status"], done["total"], done["created"], done["failed"]) == ("succeeded", 10, 8, 2), done
        assert done["errors"] == [
            {"row": row, "key": "902", "reason": "no signatory has gcom_id or organisation_id 19751"} for row in (9, 10)
        ]
        warnings = warnings_of(done)
        assert warnings[NEGATIVE_KEPT] == (4, [3, 6, 8, 11])  # not line 10: its row failed
        assert warnings[MATCHED_BY_ORGANISATION_ID] == (6, [4, 5, 6, 7, 8])

        for key in ("12657", "SE0031", "se0031"):
            r = await admin.get(f"{BASE}/{key}")
            assert (r.status_code, r.json()["name"], r.json()["organisation_id"]) == (200, "Piteå", "12657"), key
        assert (await admin.get(f"{BASE}/19751")).status_code == 404
        pitea = (await admin.get(f"{BASE}/SE0031/inventories")).json()["items"]
        assert sorted((i["external_id"], i["total_emissions_tco2e"]) for i in pitea) == [("900", 83.0), ("901", 7070.0)]
        sant_vicenc = (await admin.get(f"{BASE}/ES0595/inventories")).json()["items"]
        assert [(i["external_id"], i["total_emissions_tco2e"], len(i["rows"])) for i in sant_vicenc] == [("26731", -243.0, 4)]

        again = await finished(admin, (await upload(admin, "jrc-emission-inventories", INVENTORIES)).json())
        assert (again["unchanged"], again["created"], again["updated"], again["failed"]) == (8, 0, 0, 2)
        assert warnings_of(again)[NEGATIVE_KEPT] == (4, [3, 6, 8, 11])  # kept again, as they were


async def test_an_office_import_keeps_no_line_of_another_covenant(app):
    async with caller(app) as admin:
        await finished(admin, (await upload(admin, "mycovenant-signatories", SIGNATORIES)).json())
    async with caller(app, "covenant_office", regional_covenant="europe") as office:
        done = await finished(office, (await upload(office, "jrc-emission-inventories", INVENTORIES)).json())
    assert (done["status"], done["created"], done["failed"]) == ("succeeded", 7, 3), done
    assert [(e["row"], e["reason"]) for e in done["errors"]] == [
        (9, "no signatory has gcom_id or organisation_id 19751"),
        (10, "no signatory has gcom_id or organisation_id 19751"),
        (11, "403: 30001 belongs to latin_america_caribbean"),
    ]
    warnings = warnings_of(done)
    assert warnings[NEGATIVE_KEPT] == (3, [3, 6, 8])
    assert warnings[MATCHED_BY_ORGANISATION_ID] == (5, [4, 5, 6, 7, 8])


async def test_an_imported_inventory_moves_its_signatory_in_the_change_feed(app):
    async with caller(app) as admin:
        await finished(admin, (await upload(admin, "mycovenant-signatories", SIGNATORIES)).json())
        await finished(admin, (await upload(admin, "jrc-emission-inventories", INVENTORIES)).json())
        before = (await admin.get(f"{BASE}/changes")).json()
        pitea = next(c["signatory"] for c in before["items"] if c["gcom_id"] == "SE0031")
        # Another baseline inventory of Piteå, named by its organisation id: no badge to earn, a move all the same.
        another = csv_file(INVENTORIES_HEADER, inventory_line("12657", "904", "100", "20", year=2015))
        done = await finished(admin, (await upload(admin, "jrc-emission-inventories", another)).json())
        assert (done["created"], done["failed"]) == (1, 0), done
        moved = (await admin.get(f"{BASE}/changes", params={"cursor": before["next_cursor"]})).json()
        assert [c["gcom_id"] for c in moved["items"]] == ["SE0031"]
        assert moved["items"][0]["signatory"]["badges"] == pitea["badges"]
        assert moved["items"][0]["signatory"]["version"] == pitea["version"] + 1
