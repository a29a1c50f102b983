"""Reading the JRC files row by row: pure, no database (the job that applies them: imports.py).

Formats:
- `mycovenant-signatories`: the GCoM-MyCovenant signatories table (JRC, 2024), keyed by
  its `organisation_id`;
- `jrc-emission-inventories`: the Covenant of Mayors emission inventories (JRC, 2019) in
  long format, one row per inventory x sector x emission type, joined on `GCoM_ID`.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from services.covenant.domain import (
    EmissionScope,
    FactorType,
    Generation,
    InventoryKind,
    RegionalCovenantMap,
    Sector,
    SignatoryStatus,
    UnknownCountry,
    parse_adhesion_type,
)
from services.covenant.records import SignatoryData
from shared.importjobs import BadFile, RowError

T = TypeVar("T")

SIGNATORIES = "mycovenant-signatories"
INVENTORIES = "jrc-emission-inventories"
FORMATS = (SIGNATORIES, INVENTORIES)

REQUIRED = {
    SIGNATORIES: ("organisation_id", "organisation_name", "country_code", "date_of_adhesion", "adhesion_type", "gcom_id"),
    INVENTORIES: (
        "GCoM_ID",
        "emission_inventory_id",
        "emission_inventory_sector",
        "type_of_emissions",
        "type_of_emission_inventory",
        "inventory_year",
        "emissions",
    ),
}

FLAG_GENERATIONS = {
    "commitment_CoM2020_flag": Generation.com2020,
    "commitment_CoM2030_flag": Generation.com2030,
    "commitment_CoM2050_flag": Generation.com2050,
    "commitment_mayoradapt_flag": Generation.mayors_adapt,
}

# The JRC's sector names, and the few other spellings the Covenant templates use.
JRC_SECTORS = {
    "municipal buildings and facilities": Sector.municipal_buildings,
    "institutional/tertiary buildings and facilities": Sector.tertiary_buildings,
    "tertiary (non municipal) buildings, equipment/facilities": Sector.tertiary_buildings,
    "residential buildings and facilities": Sector.residential_buildings,
    "residential buildings": Sector.residential_buildings,
    "public lighting": Sector.public_lighting,
    "manufacturing and construction industries": Sector.industry,
    "industry": Sector.industry,
    "transportation": Sector.transport,
    "transport": Sector.transport,
    "waste/wastewater": Sector.waste,
    "waste": Sector.waste,
    "agriculture, forestry, fisheries": Sector.agriculture,
    "agriculture": Sector.agriculture,
    "energy generation": Sector.energy_generation,
    "other": Sector.other,
}
# `emission_reporting_unit` 2 is tonnes of CO2-equivalent (the JRC's coding).
TCO2E_UNITS = {"2", "tco2-eq", "tco2e", "t co2-eq"}


@dataclass
class Warnings:
    """Dirt cleaned up without failing a row: how often, and where first."""

    seen: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, kind: str, row: int) -> None:
        """Count one more row cleaned up this way."""
        self.counts[kind] += 1
        if len(self.seen[kind]) < 5:
            self.seen[kind].append(row)

    def as_list(self) -> list[dict]:
        """The warnings as the import resource lists them."""
        return [{"kind": k, "rows": n, "examples": self.seen[k]} for k, n in sorted(self.counts.items())]

    def merge(self, other: Warnings) -> None:
        """Add another's counts and examples to these."""
        for kind, n in other.counts.items():
            self.counts[kind] += n
            self.seen[kind] = (self.seen[kind] + other.seen[kind])[:5]

    def merged(self, other: Warnings) -> Warnings:
        """These warnings and another's together (neither changed)."""
        both = Warnings()
        both.merge(self)
        both.merge(other)
        return both

    @classmethod
    def from_list(cls, stored: list[dict], kinds: tuple[str, ...]) -> Warnings:
        """These kinds of the warnings an import resource lists (a resumed import takes over what its
        committed chunks found)."""
        out = cls()
        for w in stored:
            if w["kind"] in kinds:
                out.counts[w["kind"]] += w["rows"]
                out.seen[w["kind"]] = list(w["examples"])[:5]
        return out


def check_header(fmt: str, text: str) -> None:
    """Raise BadFile if the first line lacks a column the format needs."""
    header = next(csv.reader(io.StringIO(text.split("\n", 1)[0])), [])
    missing = [c for c in REQUIRED[fmt] if c not in header]
    if missing:
        raise BadFile(f"The file lacks the {fmt} column(s): {', '.join(missing)}.")


# How the JRC files write "no value" besides an empty cell.
MISSING_MARKERS = {"-", "null", "NULL"}


def _value(raw: dict, column: str, row: int, warnings: Warnings) -> str | None:
    """A cell's text; empty cells and the JRC's markers ("-", "null") are missing values."""
    value = (raw.get(column) or "").strip()
    if value in MISSING_MARKERS:
        warnings.add(f'"{value}" read as a missing {column}', row)
        return None
    return value or None


def _decimal(text: str | None, row: int, warnings: Warnings) -> str | None:
    """A number written with a decimal comma (45,53) read as 45.53."""
    if text and "," in text and "." not in text:
        warnings.add("decimal comma read as a decimal point", row)
        return text.replace(",", ".")
    return text


# --- MyCovenant signatories -------------------------------------------------------------


@dataclass(frozen=True)
class SignatoryRow:
    """A usable row of the signatories file: its line, GCoM id and record."""

    row: int
    gcom_id: str | None
    data: SignatoryData


def _flag(raw: dict, column: str) -> bool:
    value = (raw.get(column) or "").strip().lower()
    if value in ("1", "true", "yes"):
        return True
    if value in ("0", "false", "no", "", "-"):
        return False
    raise ValueError(f"{column} {value!r} is not 0 or 1")


def parse_signatories(text: str, covenants: RegionalCovenantMap, warnings: Warnings) -> Iterator[SignatoryRow | RowError]:
    """Each data row as a SignatoryRow, or a RowError saying why it cannot be used."""
    reader = csv.DictReader(io.StringIO(text))
    for n, raw in enumerate(reader, start=2):
        org = _value(raw, "organisation_id", n, warnings)
        if org is None:
            yield RowError(n, "organisation_id is missing")
            continue
        name = _value(raw, "organisation_name", n, warnings)
        if name is None:
            yield RowError(n, "organisation_name is missing", org)
            continue
        code = _value(raw, "country_code", n, warnings) or ""
        if code != code.upper():
            warnings.add("lowercase country_code read in capitals", n)
        try:
            covenants.covenant_of(code)
        except UnknownCountry as exc:
            yield RowError(n, str(exc), org)
            continue
        try:
            adhesion = date.fromisoformat(_value(raw, "date_of_adhesion", n, warnings) or "")
        except ValueError:
            yield RowError(n, f"date_of_adhesion {raw.get('date_of_adhesion')!r} is not a date (YYYY-MM-DD)", org)
            continue
        try:
            raw_type = raw.get("adhesion_type") or ""
            adhesion_type = parse_adhesion_type(raw_type)
            if raw_type.strip().isdigit():
                warnings.add("adhesion_type given as the data dictionary's number", n)
        except ValueError as exc:
            yield RowError(n, str(exc), org)
            continue
        try:
            population_text = _value(raw, "population_adhesion", n, warnings)
            population = int(float(population_text)) if population_text else None
            if population is not None and population < 0:
                raise ValueError
        except ValueError:
            yield RowError(n, f"population_adhesion {raw.get('population_adhesion')!r} is not a number of inhabitants", org)
            continue
        lat_text = _decimal(_value(raw, "organisation_latitude", n, warnings), n, warnings)
        lon_text = _decimal(_value(raw, "organisation_longitude", n, warnings), n, warnings)
        try:
            lat = float(lat_text) if lat_text else None
            lon = float(lon_text) if lon_text else None
            if (lat is not None and not -90 <= lat <= 90) or (lon is not None and not -180 <= lon <= 180):
                raise ValueError
        except ValueError:
            yield RowError(n, f"coordinates {lat_text!r}, {lon_text!r} are not valid", org)
            continue
        try:
            generations = [g for column, g in FLAG_GENERATIONS.items() if _flag(raw, column)]
            reporting_expected = _flag(raw, "action_plan_expected") if raw.get("action_plan_expected") else True
            group_profile = _flag(raw, "group_profile")
        except ValueError as exc:
            yield RowError(n, str(exc), org)
            continue
        status = (_value(raw, "signatory_status", n, warnings) or "").lower().replace("-", "_")
        gcom_id = _value(raw, "gcom_id", n, warnings)
        coordinator = _value(raw, "coordinator_name", n, warnings)
        supporter = _value(raw, "supporter_name", n, warnings)
        yield SignatoryRow(
            n,
            gcom_id.upper() if gcom_id else None,
            SignatoryData.with_generations(
                generations,
                name=name,
                country_code=code.upper(),
                adhesion_date=adhesion,
                adhesion_type=adhesion_type.value,
                organisation_id=org,
                population=population,
                latitude=lat,
                longitude=lon,
                group_profile=group_profile,
                reporting_expected=reporting_expected,
                group_organisation_id=_value(raw, "group_organisation_id", n, warnings),
                group_name=_value(raw, "group_name", n, warnings),
                coordinators=[coordinator] if coordinator else [],
                supporters=[supporter] if supporter else [],
                reported_status=status if status in SignatoryStatus.__members__ else None,
            ),
        )


# --- JRC emission inventories -----------------------------------------------------------


@dataclass
class InventoryGroup:
    """The rows of one inventory in the file."""

    external_id: str
    gcom_id: str
    kind: str
    year: int
    population: int | None
    lines: list[int] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    # Lines with a negative activity or emission: the JRC nets some lines out with them. Whether
    # they are kept is known only once the inventory is matched to a signatory (imports.py).
    negative_lines: list[int] = field(default_factory=list)
    error: RowError | None = None

    def comparable(self) -> list[tuple]:
        """The rows as tuples, to compare with a stored inventory's."""
        return [(r["sector"], r["scope"], r["activity_mwh"], r["emissions_tco2e"], r["factor_type"]) for r in self.rows]


def _inventory_row(raw: dict, n: int, warnings: Warnings) -> dict:
    """One line of an inventory as its row's columns; ValueError saying why it cannot be used."""
    sector = JRC_SECTORS.get((raw.get("emission_inventory_sector") or "").strip().lower())
    if sector is None:
        raise ValueError(f"emission_inventory_sector {raw.get('emission_inventory_sector')!r} is not a Covenant sector")
    scope_text = (raw.get("type_of_emissions") or "").strip().lower().removesuffix("_emissions")
    scope = EmissionScope(scope_text) if scope_text in EmissionScope.__members__ else None
    if scope is None:
        raise ValueError(f"type_of_emissions {raw.get('type_of_emissions')!r} is neither direct nor indirect")
    unit = (raw.get("emission_reporting_unit") or "2").strip().lower()
    if unit not in TCO2E_UNITS:
        raise ValueError(f"emission_reporting_unit {unit!r} is not tonnes of CO2-equivalent")
    factor_text = (raw.get("emission_factor_type") or "IPCC").strip().upper()
    factor = FactorType(factor_text) if factor_text in ("IPCC", "LCA") else None
    if factor is None:
        raise ValueError(f"emission_factor_type {factor_text!r} is neither IPCC nor LCA")
    activity = _value(raw, "activity_data", n, warnings)
    emissions = float(raw["emissions"])
    return {
        "sector": sector.value,
        "scope": scope.value,
        "activity_mwh": float(activity) if activity is not None else None,
        "emissions_tco2e": emissions,
        "factor_type": factor.value,
    }


def is_negative(row: dict) -> bool:
    """A line that nets others out: a negative emission or activity."""
    return row["emissions_tco2e"] < 0 or (row["activity_mwh"] is not None and row["activity_mwh"] < 0)


# What applying an inventory to the registry did (imports.py), not what reading its rows did: a line of an
# inventory that fails (no such signatory, another office's) is neither kept nor matched.
NEGATIVE_KEPT = "negative line kept as a correction"
MATCHED_BY_ORGANISATION_ID = "GCoM_ID not a known gcom_id: matched to the signatory with that organisation_id"
APPLIED_WARNINGS = (NEGATIVE_KEPT, MATCHED_BY_ORGANISATION_ID)


def owner_of(key: str, by_gcom_id: dict[str, T], by_organisation_id: dict[str, T]) -> tuple[T, bool] | None:
    """The signatory an inventory's `GCoM_ID` names, and whether it was found by its organisation id.

    The JRC file names most signatories by GCoM id and some by their numeric MyCovenant organisation id;
    a known GCoM id wins."""
    if key in by_gcom_id:
        return by_gcom_id[key], False
    if key in by_organisation_id:
        return by_organisation_id[key], True
    return None


def parse_inventories(text: str, warnings: Warnings) -> tuple[list[InventoryGroup], list[RowError], int]:
    """The file's inventories (rows grouped by inventory id), the rows that failed, and the row count."""
    groups: dict[str, InventoryGroup] = {}
    errors: list[RowError] = []
    total = 0
    for n, raw in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        total += 1
        key = (raw.get("emission_inventory_id") or "").strip()
        gcom_id = (raw.get("GCoM_ID") or "").strip().upper()
        try:
            if not key or not gcom_id:
                raise ValueError("emission_inventory_id and GCoM_ID are both needed")
            kind_text = (raw.get("type_of_emission_inventory") or "").strip().lower().removesuffix("_emission_inventory")
            kind = InventoryKind(kind_text) if kind_text in InventoryKind.__members__ else None
            if kind is None:
                raise ValueError(
                    f"type_of_emission_inventory {raw.get('type_of_emission_inventory')!r} is not baseline or monitoring"
                )
            year = int(raw["inventory_year"])
            population_text = _value(raw, "population_in_the_inventory_year", n, warnings)
            population = int(float(population_text)) if population_text else None
            row = _inventory_row(raw, n, warnings)
        except (ValueError, KeyError, TypeError) as exc:
            errors.append(RowError(n, str(exc), key or None))
            continue
        group = groups.get(key)
        if group is None:
            group = groups[key] = InventoryGroup(key, gcom_id, kind.value, year, population)
        elif (group.gcom_id, group.kind, group.year) != (gcom_id, kind.value, year):
            errors.append(RowError(n, f"inventory {key} has rows of another signatory, kind or year", key))
            continue
        group.lines.append(n)
        group.rows.append(row)
        if is_negative(row):
            group.negative_lines.append(n)
    return list(groups.values()), errors, total
