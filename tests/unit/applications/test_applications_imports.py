"""Reading GeoNames rows, without a database."""

import pytest

from services.applications.imports import BadFile, CityRow, RowError, parse_geonames

HEADER = "geonameid,name,asciiname,latitude,longitude,feature_class,feature_code,country_code,admin1_code,population,elevation,dem,timezone,modification_date\n"


def parse(rows: str):
    return list(parse_geonames(HEADER + rows))


def test_a_good_row_becomes_a_city_with_its_region():
    [city] = parse("3688689,Bogotá,Bogota,4.60971,-74.08175,P,PPLC,CO,34,7674366,,2582,America/Bogota,2016-06-01\n")
    assert isinstance(city, CityRow)
    assert (city.geonames_id, city.name, city.country_code, city.world_region) == (
        3688689,
        "Bogotá",
        "CO",
        "latin_america_caribbean",
    )
    assert city.population == 7674366 and city.timezone == "America/Bogota"


def test_same_name_in_two_countries_stays_two_cities():
    rows = parse(
        "1,Córdoba,Cordoba,-31.4,-64.18,P,PPLA,AR,05,1428214,,,America/Argentina/Cordoba,2020-01-01\n"
        "2,Córdoba,Cordoba,37.88,-4.77,P,PPLA2,ES,AN,328428,,,Europe/Madrid,2020-01-01\n"
    )
    assert [(r.name, r.country_code, r.world_region) for r in rows] == [
        ("Córdoba", "AR", "latin_america_caribbean"),
        ("Córdoba", "ES", "eu"),
    ]


def test_bad_rows_are_reported_with_their_line_and_reason():
    rows = parse(
        "x,Nowhere,,1,1,P,PPL,FR,,100,,,,\n"
        "5,Atlantis,,1,1,P,PPL,ZZ,,100,,,,\n"
        "6,Many,,1,1,P,PPL,FR,,many,,,,\n"
        "7,Offmap,,95,1,P,PPL,FR,,100,,,,\n"
    )
    assert all(isinstance(r, RowError) for r in rows)
    assert [r.row for r in rows] == [2, 3, 4, 5]
    assert "not a whole number" in rows[0].reason
    assert "'ZZ'" in rows[1].reason
    assert "population 'many'" in rows[2].reason
    assert "coordinates" in rows[3].reason


def test_kosovo_is_known_by_its_eu_code():
    [city] = parse("786714,Pristina,Pristina,42.67,21.17,P,PPLC,XK,,550000,,,Europe/Belgrade,2019-01-01\n")
    assert city.world_region == "other_europe"


def test_a_file_without_the_columns_is_refused_whole():
    with pytest.raises(BadFile, match="geonameid"):
        list(parse_geonames("name,country\nParis,FR\n"))
