"""CSV exports through the gateway escape formula cells (OWASP CSV injection) and leave numbers alone."""

from __future__ import annotations

import csv
import io

import pytest

# Names a spreadsheet would run as formulas, as a regional office could sync them.
FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://example.org/x","click")', "@SUM(1)", "+1", "-1+2"]


def signatory(name: str, **extra) -> dict:
    return {"name": name, "country_code": "MT", "population": 250_000, "adhesion_date": "2021-03-01", **extra}


async def exported(admin) -> dict[str, dict[str, str]]:
    r = await admin.get("/v1/covenant/signatories", params={"country": "MT"}, headers={"Accept": "text/csv"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    return {row["gcom_id"]: row for row in csv.DictReader(io.StringIO(r.text))}


@pytest.fixture
async def signatories(admin) -> dict[str, dict]:
    bodies = {f"MT9000{i}": signatory(name) for i, name in enumerate(FORMULAS)}
    bodies["MT90010"] = signatory("Valletta", latitude=-1.5, longitude=14.51, organisation_id="\tx")
    bodies["MT90011"] = signatory("Mdina", organisation_id="\rcalc")
    for gcom_id, body in bodies.items():
        r = await admin.put(f"/v1/covenant/signatories/{gcom_id}", json=body)
        assert r.status_code in (200, 201), r.text
    return bodies


async def test_formula_cells_are_exported_as_text(admin, signatories):
    rows = await exported(admin)
    for i, name in enumerate(FORMULAS):
        cell = rows[f"MT9000{i}"]["name"]
        # defusedcsv puts a ' in front (and writes a | inside as \|), so a spreadsheet shows text.
        assert cell == "'" + name.replace("|", "\\|"), cell
    assert rows["MT90010"]["organisation_id"] == "'\tx"
    assert rows["MT90011"]["organisation_id"] == "'\rcalc"


async def test_plain_names_and_negative_numbers_stay_as_they_are(admin, signatories):
    row = (await exported(admin))["MT90010"]
    assert row["name"] == "Valletta"
    assert row["latitude"] == "-1.5"  # a number is not a text cell: never escaped
    assert row["longitude"] == "14.51"
    assert row["population"] == "250000"
    assert row["adhesion_date"] == "2021-03-01"


async def test_the_contract_says_exports_are_escaped(admin):
    doc = (await admin.get("/openapi.json")).json()
    op = doc["paths"]["/v1/covenant/signatories"]["get"]
    csv_answer = op["responses"]["200"]["content"]["text/csv"]["schema"]
    assert "OWASP" in csv_answer["description"]
    accept = next(p for p in op["parameters"] if p["name"] == "Accept")
    assert "formula" in accept["description"]
    assert "escaped" in op["description"]
