"""Which signatory an inventory of the JRC file belongs to, and what the import may say it did with its
lines: the rules, no database."""

from __future__ import annotations

from services.covenant.import_files import (
    APPLIED_WARNINGS,
    MATCHED_BY_ORGANISATION_ID,
    NEGATIVE_KEPT,
    Warnings,
    owner_of,
    parse_inventories,
)

HEADER = (
    "GCoM_ID,emission_inventory_id,emission_inventory_sector,type_of_emissions,type_of_emission_inventory,inventory_year,"
    "population_in_the_inventory_year,activity_data_reporting_unit,activity_data,emission_factor_type,"
    "emission_reporting_unit,emissions,city"
)


def line(key: str, inventory: str, activity: str, emissions: str, sector: str = "Transportation") -> str:
    return f"{key},{inventory},{sector},direct_emissions,baseline_emission_inventory,2005,4771,MWh/year,{activity},IPCC,2,{emissions},Other"


# Rows of the real file (lines 60612-60616 of jrc_com_emission_inventories_2019.csv): a signatory named by its
# numeric MyCovenant organisation id, and lines that net others out.
PITEA_LIKE = [
    line("13544", "26731", "328", "66", "Residential buildings and facilities"),
    line("13544", "26731", "-1337", "-309", "Residential buildings and facilities"),
    line("13544", "26731", "441", "118"),
    line("13544", "26731", "-9625", "-2570"),
    line("13544", "26731", "51", "0"),
    line("13544", "26731", "-51", "0"),
    line("SE0031", "900", "12", "3"),
]


def parsed(*lines: str):
    warnings = Warnings()
    groups, errors, total = parse_inventories("\n".join([HEADER, *lines]) + "\n", warnings)
    return groups, errors, total, warnings


def test_a_known_gcom_id_names_the_signatory():
    assert owner_of("SE0031", {"SE0031": "pitea"}, {"SE0031": "another"}) == ("pitea", False)


def test_an_id_that_is_no_gcom_id_is_looked_up_as_an_organisation_id():
    assert owner_of("12657", {"SE0031": "pitea"}, {"12657": "pitea"}) == ("pitea", True)


def test_an_id_neither_is_nobodys():
    assert owner_of("19751", {"SE0031": "pitea"}, {"12657": "pitea"}) is None


def test_negative_lines_are_noted_on_their_inventory_and_nothing_is_said_kept_on_reading():
    groups, errors, total, warnings = parsed(*PITEA_LIKE)
    assert (total, errors) == (7, [])
    by_id = {g.external_id: g for g in groups}
    # Line numbers: the header is line 1. Line 7 has activity -51 and emissions 0: still a correction.
    assert by_id["26731"].gcom_id == "13544" and by_id["26731"].lines == [2, 3, 4, 5, 6, 7]
    assert by_id["26731"].negative_lines == [3, 5, 7]
    assert by_id["900"].negative_lines == []
    assert not {w["kind"] for w in warnings.as_list()} & set(APPLIED_WARNINGS)


def test_a_line_that_fails_on_reading_is_not_a_negative_line_of_its_inventory():
    other_year = line("13544", "26731", "-5", "-1").replace(",2005,", ",2006,")
    groups, errors, _, _ = parsed(PITEA_LIKE[0], other_year)
    assert [(e.row, e.key) for e in errors] == [(3, "26731")]
    assert groups[0].negative_lines == []


def test_warnings_of_applied_chunks_add_up_and_a_resumed_import_takes_over_only_those_kinds():
    read, applied = Warnings(), Warnings()
    read.add("decimal comma read as a decimal point", 4)
    for n in range(10, 17):
        applied.add(NEGATIVE_KEPT, n)
    both = read.merged(applied)
    assert applied.counts[NEGATIVE_KEPT] == 7 and NEGATIVE_KEPT not in read.counts  # neither changed
    stored = both.as_list()
    assert {w["kind"]: (w["rows"], w["examples"]) for w in stored} == {
        "decimal comma read as a decimal point": (1, [4]),
        NEGATIVE_KEPT: (7, [10, 11, 12, 13, 14]),
    }
    taken = Warnings.from_list(stored, APPLIED_WARNINGS)
    assert taken.as_list() == [{"kind": NEGATIVE_KEPT, "rows": 7, "examples": [10, 11, 12, 13, 14]}]
    taken.merge(Warnings.from_list([{"kind": MATCHED_BY_ORGANISATION_ID, "rows": 2, "examples": [3, 4]}], APPLIED_WARNINGS))
    assert taken.counts == {NEGATIVE_KEPT: 7, MATCHED_BY_ORGANISATION_ID: 2}
