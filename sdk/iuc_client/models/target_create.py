from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.intensity_unit import IntensityUnit
from ..models.sector import Sector
from ..models.target_type import TargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetCreate")


@_attrs_define
class TargetCreate:
    """
    Attributes:
        target_year (int):
        type_ (TargetType):
        base_intensity (float | None | Unset): intensity: tCO2e per inhabitant (or GDP unit) in the base year.
        base_year (int | None | Unset):
        bau_emissions_tco2e (float | None | Unset): baseline_scenario: the business-as-usual projection of the target
            year's emissions.
        denominator_unit (None | str | Unset): intensity per GDP: currency and unit, e.g. EUR million.
        description (str | Unset):  Default: ''.
        fixed_level_tco2e (float | None | Unset): fixed_level: the emissions allowed in the target year.
        intensity_unit (IntensityUnit | None | Unset): intensity: per capita or per unit of GDP.
        reduction_percent (float | None | Unset): Reduction (0-100] against the base year's inventory, the BAU
            projection or the base intensity.
        sectors (list[Sector] | Unset):
        target_denominator (float | None | Unset): intensity: the population (or GDP) expected in the target year.
    """

    target_year: int
    type_: TargetType
    base_intensity: float | None | Unset = UNSET
    base_year: int | None | Unset = UNSET
    bau_emissions_tco2e: float | None | Unset = UNSET
    denominator_unit: None | str | Unset = UNSET
    description: str | Unset = ""
    fixed_level_tco2e: float | None | Unset = UNSET
    intensity_unit: IntensityUnit | None | Unset = UNSET
    reduction_percent: float | None | Unset = UNSET
    sectors: list[Sector] | Unset = UNSET
    target_denominator: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target_year = self.target_year

        type_ = self.type_.value

        base_intensity: float | None | Unset
        if isinstance(self.base_intensity, Unset):
            base_intensity = UNSET
        else:
            base_intensity = self.base_intensity

        base_year: int | None | Unset
        if isinstance(self.base_year, Unset):
            base_year = UNSET
        else:
            base_year = self.base_year

        bau_emissions_tco2e: float | None | Unset
        if isinstance(self.bau_emissions_tco2e, Unset):
            bau_emissions_tco2e = UNSET
        else:
            bau_emissions_tco2e = self.bau_emissions_tco2e

        denominator_unit: None | str | Unset
        if isinstance(self.denominator_unit, Unset):
            denominator_unit = UNSET
        else:
            denominator_unit = self.denominator_unit

        description = self.description

        fixed_level_tco2e: float | None | Unset
        if isinstance(self.fixed_level_tco2e, Unset):
            fixed_level_tco2e = UNSET
        else:
            fixed_level_tco2e = self.fixed_level_tco2e

        intensity_unit: None | str | Unset
        if isinstance(self.intensity_unit, Unset):
            intensity_unit = UNSET
        elif isinstance(self.intensity_unit, IntensityUnit):
            intensity_unit = self.intensity_unit.value
        else:
            intensity_unit = self.intensity_unit

        reduction_percent: float | None | Unset
        if isinstance(self.reduction_percent, Unset):
            reduction_percent = UNSET
        else:
            reduction_percent = self.reduction_percent

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = []
            for sectors_item_data in self.sectors:
                sectors_item = sectors_item_data.value
                sectors.append(sectors_item)

        target_denominator: float | None | Unset
        if isinstance(self.target_denominator, Unset):
            target_denominator = UNSET
        else:
            target_denominator = self.target_denominator

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_year": target_year,
                "type": type_,
            }
        )
        if base_intensity is not UNSET:
            field_dict["base_intensity"] = base_intensity
        if base_year is not UNSET:
            field_dict["base_year"] = base_year
        if bau_emissions_tco2e is not UNSET:
            field_dict["bau_emissions_tco2e"] = bau_emissions_tco2e
        if denominator_unit is not UNSET:
            field_dict["denominator_unit"] = denominator_unit
        if description is not UNSET:
            field_dict["description"] = description
        if fixed_level_tco2e is not UNSET:
            field_dict["fixed_level_tco2e"] = fixed_level_tco2e
        if intensity_unit is not UNSET:
            field_dict["intensity_unit"] = intensity_unit
        if reduction_percent is not UNSET:
            field_dict["reduction_percent"] = reduction_percent
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if target_denominator is not UNSET:
            field_dict["target_denominator"] = target_denominator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_year = d.pop("target_year")

        type_ = TargetType(d.pop("type"))

        def _parse_base_intensity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_intensity = _parse_base_intensity(d.pop("base_intensity", UNSET))

        def _parse_base_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        base_year = _parse_base_year(d.pop("base_year", UNSET))

        def _parse_bau_emissions_tco2e(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bau_emissions_tco2e = _parse_bau_emissions_tco2e(d.pop("bau_emissions_tco2e", UNSET))

        def _parse_denominator_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        denominator_unit = _parse_denominator_unit(d.pop("denominator_unit", UNSET))

        description = d.pop("description", UNSET)

        def _parse_fixed_level_tco2e(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fixed_level_tco2e = _parse_fixed_level_tco2e(d.pop("fixed_level_tco2e", UNSET))

        def _parse_intensity_unit(data: object) -> IntensityUnit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                intensity_unit_type_0 = IntensityUnit(data)

                return intensity_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntensityUnit | None | Unset, data)

        intensity_unit = _parse_intensity_unit(d.pop("intensity_unit", UNSET))

        def _parse_reduction_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reduction_percent = _parse_reduction_percent(d.pop("reduction_percent", UNSET))

        _sectors = d.pop("sectors", UNSET)
        sectors: list[Sector] | Unset = UNSET
        if _sectors is not UNSET:
            sectors = []
            for sectors_item_data in _sectors:
                sectors_item = Sector(sectors_item_data)

                sectors.append(sectors_item)

        def _parse_target_denominator(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_denominator = _parse_target_denominator(d.pop("target_denominator", UNSET))

        target_create = cls(
            target_year=target_year,
            type_=type_,
            base_intensity=base_intensity,
            base_year=base_year,
            bau_emissions_tco2e=bau_emissions_tco2e,
            denominator_unit=denominator_unit,
            description=description,
            fixed_level_tco2e=fixed_level_tco2e,
            intensity_unit=intensity_unit,
            reduction_percent=reduction_percent,
            sectors=sectors,
            target_denominator=target_denominator,
        )

        return target_create
