"""The reference lists: NACE Rev. 2, the 14 industrial ecosystems, NUTS 2024 and LAC subdivisions."""

from collections import Counter

from services.value_chains.regions import Side, lineage, region, regions, within
from shared.reference.economy import ecosystems, nace_code, nace_descendants, nace_lineage


def test_nace_has_its_four_levels():
    from shared.reference.economy import nace_codes

    assert Counter(c.level for c in nace_codes().values()) == {1: 21, 2: 88, 3: 272, 4: 615}
    assert nace_lineage("26.11") == ("26.11", "26.1", "26", "C")
    assert nace_code("c").name_en.startswith("MANUFACTURING")
    assert nace_code("26.111") is None and nace_lineage("nope") == ()
    assert nace_descendants("26.1") == {"26.1", "26.11", "26.12"}


def test_fourteen_ecosystems_with_stable_slugs():
    eco = ecosystems()
    assert len(eco) == 14
    assert eco["energy_renewables"].number == 8
    assert eco["cultural_and_creative_industries"].name == "Cultural and creative industries (CCI)"


def test_eu_regions_are_nuts_2024_with_greece_as_el():
    el = region("EL30")
    assert (el.side, el.country_code, el.level, el.parent_id) == (Side.eu, "GR", 2, "EL3")
    assert lineage("EL301") == ("EL301", "EL30", "EL3", "EL")
    assert region("GR") is None and region("ES99") is None


def test_lac_regions_are_countries_and_iso_3166_2_subdivisions():
    ant = region("co-ant")
    assert (ant.side, ant.country_code, ant.level, ant.classification) == (Side.lac, "CO", 1, "iso3166-2")
    assert within("CO-ANT", "CO") and not within("CO-ANT", "ES")
    lac_countries = {r.country_code for r in regions().values() if r.side == Side.lac}
    assert {"CO", "BR", "MX", "JM", "CU"} <= lac_countries and "US" not in lac_countries
    assert region("CO-XYZ") is None and region("US-CA") is None
