"""Reading bulk city files (GeoNames format) into city data, row by row, with row errors."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from services.applications.domain import UnknownCountry, default_languages, world_region_of

FORMATS = ("geonames",)
GEONAMES_REQUIRED = ("geonameid", "name", "country_code", "population", "latitude", "longitude")


@dataclass(frozen=True)
class CityRow:
    """The fields an import sets on a city; a re-import compares exactly these."""

    geonames_id: int
    name: str
    ascii_name: str | None
    country_code: str
    world_region: str
    admin1_code: str | None
    population: int
    latitude: float
    longitude: float
    timezone: str | None

    FIELDS = (
        "name",
        "ascii_name",
        "country_code",
        "world_region",
        "admin1_code",
        "population",
        "latitude",
        "longitude",
        "timezone",
    )


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based line number in the file, the header being line 1
    reason: str
    key: str | None = None


class BadFile(ValueError):
    """The file as a whole cannot be read (not CSV, or required columns missing)."""


def _none_if_blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def parse_geonames(text: str) -> Iterator[CityRow | RowError]:
    """Each data row as a CityRow, or a RowError saying why it cannot be used."""
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in GEONAMES_REQUIRED if c not in header]
    if missing:
        raise BadFile(f"The file lacks the GeoNames column(s): {', '.join(missing)}.")
    for n, raw in enumerate(reader, start=2):
        key = (raw.get("geonameid") or "").strip() or None
        try:
            geonames_id = int(key or "")
        except ValueError:
            yield RowError(n, f"geonameid {key!r} is not a whole number", key)
            continue
        name = (raw.get("name") or "").strip()
        if not name:
            yield RowError(n, "name is empty", key)
            continue
        code = (raw.get("country_code") or "").strip().upper()
        try:
            region = world_region_of(code)
        except UnknownCountry as exc:
            yield RowError(n, str(exc), key)
            continue
        try:
            population = int((raw.get("population") or "").strip() or "x")
            if population < 0:
                raise ValueError
        except ValueError:
            yield RowError(n, f"population {raw.get('population')!r} is not a whole number of inhabitants", key)
            continue
        try:
            lat, lon = float(raw["latitude"]), float(raw["longitude"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
        except (TypeError, ValueError):
            yield RowError(n, f"coordinates {raw.get('latitude')!r}, {raw.get('longitude')!r} are not valid", key)
            continue
        yield CityRow(
            geonames_id=geonames_id,
            name=name,
            ascii_name=_none_if_blank(raw.get("asciiname")),
            country_code=code,
            world_region=region.value,
            admin1_code=_none_if_blank(raw.get("admin1_code")),
            population=population,
            latitude=lat,
            longitude=lon,
            timezone=_none_if_blank(raw.get("timezone")),
        )


def languages_for(row: CityRow) -> list[str]:
    """Languages a newly imported city starts with: its country's."""
    return default_languages(row.country_code)
