"""The four target types of the Covenant's Common Reporting Framework: what each needs, the level
in tCO2e it sets for its target year, and whether a later inventory is on track toward it.

Plain Python: no FastAPI, no SQLAlchemy. The general rules (years, percentages) are
`domain.target_problems`; these are the ones of each type.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from services.covenant.domain import BrokenRule, TargetType


class IntensityUnit(StrEnum):
    per_capita = "per_capita"
    per_gdp = "per_gdp"


# The fields only one type takes; another type sending one is refused rather than ignored.
TYPE_FIELDS: dict[str, TargetType] = {
    "fixed_level_tco2e": TargetType.fixed_level,
    "bau_emissions_tco2e": TargetType.baseline_scenario,
    "intensity_unit": TargetType.intensity,
    "base_intensity": TargetType.intensity,
    "target_denominator": TargetType.intensity,
    "denominator_unit": TargetType.intensity,
}
REDUCING = (TargetType.base_year, TargetType.baseline_scenario, TargetType.intensity)


@dataclass(frozen=True)
class TargetSpec:
    """A target as the rules read it; `base_emissions_tco2e` is the total of the signatory's
    inventory of the base year (None when it has none)."""

    type: TargetType
    target_year: int
    base_year: int | None = None
    reduction_percent: float | None = None
    base_emissions_tco2e: float | None = None
    fixed_level_tco2e: float | None = None
    bau_emissions_tco2e: float | None = None  # the business-as-usual projection of the target year
    intensity_unit: IntensityUnit | None = None
    base_intensity: float | None = None  # tCO2e per inhabitant, or per unit of GDP, in the base year
    target_denominator: float | None = None  # population, or GDP, expected in the target year
    denominator_unit: str | None = None  # the GDP's currency and unit ("EUR million")


def type_problems(spec: TargetSpec) -> list[BrokenRule]:
    """Every rule of its type the target breaks (empty when it has what its type needs)."""
    broken: list[BrokenRule] = []

    def need(ok: bool, rule: str, detail: str, field: str) -> None:
        if not ok:
            broken.append(BrokenRule(rule, detail, field))

    kind = spec.type.value
    for name, owner in TYPE_FIELDS.items():
        need(getattr(spec, name) is None or owner == spec.type, "field_not_for_type", f"A {kind} target takes no {name}.", name)
    if spec.type in REDUCING:
        need(
            spec.reduction_percent is not None,
            "reduction_percent_required",
            f"A {kind} target needs a reduction.",
            "reduction_percent",
        )
    else:
        need(
            spec.reduction_percent is None,
            "field_not_for_type",
            "A fixed_level target takes no reduction_percent.",
            "reduction_percent",
        )
    # (A base year after the target year is already refused: no inventory would make it possible.)
    if spec.type == TargetType.base_year and spec.base_year is not None and spec.base_year <= spec.target_year:
        need(
            spec.base_emissions_tco2e is not None,
            "base_year_inventory_missing",
            f"The signatory has no emission inventory of the base year {spec.base_year}.",
            "base_year",
        )
    if spec.type == TargetType.fixed_level:
        need(
            spec.fixed_level_tco2e is not None,
            "fixed_level_required",
            "A fixed_level target needs its level.",
            "fixed_level_tco2e",
        )
    if spec.type == TargetType.baseline_scenario:
        need(
            spec.bau_emissions_tco2e is not None,
            "bau_projection_required",
            f"A baseline_scenario target needs the business-as-usual emissions of {spec.target_year}.",
            "bau_emissions_tco2e",
        )
    if spec.type == TargetType.intensity:
        need(spec.intensity_unit is not None, "intensity_unit_required", "Per capita or per unit of GDP?", "intensity_unit")
        need(spec.base_intensity is not None, "base_intensity_required", "The base year's intensity is needed.", "base_intensity")
        need(
            spec.target_denominator is not None,
            "intensity_denominator_required",
            f"The population or GDP expected in {spec.target_year} is needed.",
            "target_denominator",
        )
        need(
            spec.intensity_unit != IntensityUnit.per_gdp or bool(spec.denominator_unit),
            "gdp_unit_required",
            "A per-GDP intensity needs the GDP's currency and unit.",
            "denominator_unit",
        )
    return broken


def _reduced(value: float | None, percent: float | None) -> float | None:
    if value is None or percent is None:
        return None
    return value * (1 - percent / 100)


def target_intensity(spec: TargetSpec) -> float | None:
    """The intensity an intensity target aims at in its target year (None for other types)."""
    return _reduced(spec.base_intensity, spec.reduction_percent) if spec.type == TargetType.intensity else None


def target_level(spec: TargetSpec) -> float | None:
    """The emissions in tCO2e the target allows in its target year (None when what it needs is missing)."""
    if spec.type == TargetType.base_year:
        return _reduced(spec.base_emissions_tco2e, spec.reduction_percent)
    if spec.type == TargetType.fixed_level:
        return spec.fixed_level_tco2e
    if spec.type == TargetType.baseline_scenario:
        return _reduced(spec.bau_emissions_tco2e, spec.reduction_percent)
    aim = target_intensity(spec)
    return None if aim is None or spec.target_denominator is None else aim * spec.target_denominator


def _on_path(start: tuple[int, float], end: tuple[int, float], year: int, value: float) -> bool:
    """Whether `value` is at or under the straight line from `start` to `end` in `year`."""
    (y0, v0), (y1, v1) = start, end
    if year >= y1 or y1 == y0:
        return value <= v1
    return value <= v0 + (v1 - v0) * (year - y0) / (y1 - y0)


def on_track(spec: TargetSpec, year: int, emissions_tco2e: float, population: int | None = None) -> bool | None:
    """Whether an inventory of `year` is at or under the straight path from the base year to the
    target's level (after the target year: at or under the level); None when it cannot be told
    (an inventory of the base year or before, no start to draw the path from, no denominator)."""
    if spec.base_year is not None and year <= spec.base_year:
        return None
    if spec.type == TargetType.intensity:
        aim = target_intensity(spec)
        if aim is None or spec.base_year is None or spec.base_intensity is None:
            return None
        if spec.intensity_unit == IntensityUnit.per_capita and population:
            denominator: float | None = population
        else:
            denominator = spec.target_denominator if year >= spec.target_year else None
        if not denominator:
            return None
        return _on_path((spec.base_year, spec.base_intensity), (spec.target_year, aim), year, emissions_tco2e / denominator)
    level = target_level(spec)
    if level is None:
        return None
    if year >= spec.target_year:
        return emissions_tco2e <= level
    if spec.base_year is None or spec.base_emissions_tco2e is None:
        return None
    return _on_path((spec.base_year, spec.base_emissions_tco2e), (spec.target_year, level), year, emissions_tco2e)
