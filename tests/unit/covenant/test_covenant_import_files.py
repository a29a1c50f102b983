"""Reading the JRC files: real rows, real dirt, no database."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.covenant.domain import RegionalCovenantMap
from services.covenant.import_files import (
    INVENTORIES,
    SIGNATORIES,
    BadFile,
    RowError,
    SignatoryRow,
    Warnings,
    check_header,
    parse_inventories,
    parse_signatories,
)

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "covenant"
# Line numbers in the sample of the real rows the tests look at (see tests/data/covenant/README.md).
JO_WITHOUT_GCOM_ID, DECIMAL_COMMAS, NUMBERED_TYPE, SALFEET_CITY, LB_WITHOUT_COORDINATES, SALFEET = 15, 16, 17, 19, 20, 21


@pytest.fixture(scope="module")
def parsed() -> tuple[dict[int, SignatoryRow | RowError], Warnings]:
    warnings = Warnings()
    text = (SAMPLES / "mycovenant_signatories_sample.csv").read_text(encoding="utf-8")
    items = list(parse_signatories(text, RegionalCovenantMap.from_csv(), warnings))
    return {i.row: i for i in items}, warnings


def test_every_sample_row_is_read(parsed):
    rows, _ = parsed
    assert len(rows) == 20 and all(isinstance(r, SignatoryRow) for r in rows.values())


def test_a_group_member_of_a_joint_plan_is_read_with_its_commitments(parsed):
    rows, _ = parsed
    nl = rows[2]
    assert nl.gcom_id == "NL0039" and nl.data.organisation_id == "20493"
    assert nl.data.country_code == "NL" and nl.data.adhesion_type == "group_option_1"
    assert nl.data.population is None and nl.data.reporting_expected is False
    assert nl.data.commitments == [("mitigation", "CoM2020", nl.data.adhesion_date)]


def test_dashes_are_missing_values_and_a_missing_gcom_id_is_no_reason_to_fail(parsed):
    rows, warnings = parsed
    assert rows[JO_WITHOUT_GCOM_ID].gcom_id is None and rows[JO_WITHOUT_GCOM_ID].data.name
    assert rows[LB_WITHOUT_COORDINATES].data.latitude is None and rows[LB_WITHOUT_COORDINATES].data.longitude is None
    counts = {w["kind"]: w["rows"] for w in warnings.as_list()}
    assert counts['"-" read as a missing gcom_id'] == 2
    assert counts["lowercase country_code read in capitals"] == 20


def test_the_dictionary_number_of_an_adhesion_type_is_understood(parsed):
    rows, warnings = parsed
    assert rows[NUMBERED_TYPE].data.adhesion_type == "individual"
    assert {w["kind"]: w["examples"] for w in warnings.as_list()}["adhesion_type given as the data dictionary's number"] == [
        NUMBERED_TYPE
    ]


def test_decimal_commas_in_coordinates_are_read(parsed):
    rows, _ = parsed
    assert (rows[DECIMAL_COMMAS].data.latitude, rows[DECIMAL_COMMAS].data.longitude) == (10.219287, 45.539723)


def test_the_office_status_is_kept_as_reported(parsed):
    rows, _ = parsed
    assert rows[SALFEET_CITY].data.reported_status == "on_hold" and rows[SALFEET].data.reported_status == "published"


def test_bad_rows_fail_with_their_line_and_reason():
    text = (
        "organisation_id,organisation_name,country_code,date_of_adhesion,adhesion_type,gcom_id,population_adhesion\n"
        "1,Atlantis,QQ,2010-01-01,As an individual signatory,QQ0001,10\n"
        "2,Somewhere,IT,2010-13-01,As an individual signatory,IT9999,10\n"
        "3,Elsewhere,IT,2010-01-01,as a friend,IT9998,10\n"
        "4,Negative,IT,2010-01-01,1,IT9997,-5\n"
        "-,Nobody,IT,2010-01-01,1,IT9996,5\n"
    )
    items = list(parse_signatories(text, RegionalCovenantMap.from_csv(), Warnings()))
    assert all(isinstance(i, RowError) for i in items)
    assert [(i.row, i.key) for i in items] == [(2, "1"), (3, "2"), (4, "3"), (5, "4"), (6, None)]
    assert "QQ" in items[0].reason and "date_of_adhesion" in items[1].reason and "adhesion_type" in items[2].reason
    assert "population" in items[3].reason and "organisation_id" in items[4].reason


def test_inventory_rows_are_grouped_by_inventory():
    text = (SAMPLES / "jrc_emission_inventories_sample.csv").read_text()
    groups, errors, total = parse_inventories(text, Warnings())
    assert total == 22 and errors == []
    assert sum(len(g.rows) for g in groups) == 22
    first = groups[0]
    assert first.kind in ("baseline", "monitoring") and 1990 <= first.year <= 2019
    assert {r["scope"] for g in groups for r in g.rows} <= {"direct", "indirect"}
    assert {r["factor_type"] for g in groups for r in g.rows} <= {"IPCC", "LCA"}


def test_an_inventory_row_with_an_unknown_sector_or_unit_fails():
    header = "GCoM_ID,emission_inventory_id,emission_inventory_sector,type_of_emissions,type_of_emission_inventory,inventory_year,emission_reporting_unit,emissions\n"
    text = (
        header
        + "IT0001,9,Space travel,direct_emissions,baseline_emission_inventory,2010,2,5\nIT0001,9,Transportation,direct_emissions,baseline_emission_inventory,2010,7,5\n"
    )
    groups, errors, total = parse_inventories(text, Warnings())
    assert total == 2 and groups == []
    assert [e.row for e in errors] == [2, 3]
    assert "sector" in errors[0].reason and "reporting_unit" in errors[1].reason


def test_a_file_without_the_format_columns_is_refused_whole():
    with pytest.raises(BadFile, match="gcom_id"):
        check_header(SIGNATORIES, "organisation_id,organisation_name,country_code,date_of_adhesion,adhesion_type\n")
    with pytest.raises(BadFile, match="GCoM_ID"):
        check_header(INVENTORIES, "name\n")
