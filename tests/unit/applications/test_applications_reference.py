"""World regions derived from UN M49 and EU membership."""

import pytest

from shared.reference import WorldRegion, country, eu_member_codes


def test_the_eu_has_27_members_with_greece_as_gr():
    codes = eu_member_codes()
    assert len(codes) == 27 and "GR" in codes and "EL" not in codes and "GB" not in codes


@pytest.mark.parametrize(
    ("code", "region"),
    [
        ("DE", WorldRegion.eu),
        ("co", WorldRegion.latin_america_caribbean),
        ("JM", WorldRegion.latin_america_caribbean),
        ("MX", WorldRegion.latin_america_caribbean),
        ("US", WorldRegion.north_america),
        ("CA", WorldRegion.north_america),
        ("IN", WorldRegion.asia),
        ("NA", WorldRegion.africa),
        ("AU", WorldRegion.oceania),
        ("NO", WorldRegion.other_europe),
        ("GB", WorldRegion.other_europe),
    ],
)
def test_regions(code, region):
    assert country(code).world_region is region


def test_an_unknown_code_is_none():
    assert country("ZZ") is None
