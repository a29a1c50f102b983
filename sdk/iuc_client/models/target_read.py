from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intensity_unit import IntensityUnit
from ..models.target_type import TargetType

T = TypeVar("T", bound="TargetRead")


@_attrs_define
class TargetRead:
    """
    Attributes:
        base_emissions_tco2e (float | None): The total of the signatory's inventory of the base year.
        base_intensity (float | None):
        base_year (int | None):
        bau_emissions_tco2e (float | None):
        commitment_id (str):
        created_at (datetime.datetime):
        denominator_unit (None | str):
        description (str):
        fixed_level_tco2e (float | None):
        id (str):
        intensity_unit (IntensityUnit | None):
        level_tco2e (float | None): The emissions in tCO2e the target allows in its target year.
        reduction_percent (float | None):
        sectors (list[str]):
        target_denominator (float | None):
        target_year (int):
        type_ (TargetType):
        version (int):
    """

    base_emissions_tco2e: float | None
    base_intensity: float | None
    base_year: int | None
    bau_emissions_tco2e: float | None
    commitment_id: str
    created_at: datetime.datetime
    denominator_unit: None | str
    description: str
    fixed_level_tco2e: float | None
    id: str
    intensity_unit: IntensityUnit | None
    level_tco2e: float | None
    reduction_percent: float | None
    sectors: list[str]
    target_denominator: float | None
    target_year: int
    type_: TargetType
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_emissions_tco2e: float | None
        base_emissions_tco2e = self.base_emissions_tco2e

        base_intensity: float | None
        base_intensity = self.base_intensity

        base_year: int | None
        base_year = self.base_year

        bau_emissions_tco2e: float | None
        bau_emissions_tco2e = self.bau_emissions_tco2e

        commitment_id = self.commitment_id

        created_at = self.created_at.isoformat()

        denominator_unit: None | str
        denominator_unit = self.denominator_unit

        description = self.description

        fixed_level_tco2e: float | None
        fixed_level_tco2e = self.fixed_level_tco2e

        id = self.id

        intensity_unit: None | str
        if isinstance(self.intensity_unit, IntensityUnit):
            intensity_unit = self.intensity_unit.value
        else:
            intensity_unit = self.intensity_unit

        level_tco2e: float | None
        level_tco2e = self.level_tco2e

        reduction_percent: float | None
        reduction_percent = self.reduction_percent

        sectors = self.sectors

        target_denominator: float | None
        target_denominator = self.target_denominator

        target_year = self.target_year

        type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_emissions_tco2e": base_emissions_tco2e,
                "base_intensity": base_intensity,
                "base_year": base_year,
                "bau_emissions_tco2e": bau_emissions_tco2e,
                "commitment_id": commitment_id,
                "created_at": created_at,
                "denominator_unit": denominator_unit,
                "description": description,
                "fixed_level_tco2e": fixed_level_tco2e,
                "id": id,
                "intensity_unit": intensity_unit,
                "level_tco2e": level_tco2e,
                "reduction_percent": reduction_percent,
                "sectors": sectors,
                "target_denominator": target_denominator,
                "target_year": target_year,
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_base_emissions_tco2e(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        base_emissions_tco2e = _parse_base_emissions_tco2e(d.pop("base_emissions_tco2e"))

        def _parse_base_intensity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        base_intensity = _parse_base_intensity(d.pop("base_intensity"))

        def _parse_base_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        base_year = _parse_base_year(d.pop("base_year"))

        def _parse_bau_emissions_tco2e(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        bau_emissions_tco2e = _parse_bau_emissions_tco2e(d.pop("bau_emissions_tco2e"))

        commitment_id = d.pop("commitment_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_denominator_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        denominator_unit = _parse_denominator_unit(d.pop("denominator_unit"))

        description = d.pop("description")

        def _parse_fixed_level_tco2e(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        fixed_level_tco2e = _parse_fixed_level_tco2e(d.pop("fixed_level_tco2e"))

        id = d.pop("id")

        def _parse_intensity_unit(data: object) -> IntensityUnit | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                intensity_unit_type_0 = IntensityUnit(data)

                return intensity_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntensityUnit | None, data)

        intensity_unit = _parse_intensity_unit(d.pop("intensity_unit"))

        def _parse_level_tco2e(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        level_tco2e = _parse_level_tco2e(d.pop("level_tco2e"))

        def _parse_reduction_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        reduction_percent = _parse_reduction_percent(d.pop("reduction_percent"))

        sectors = cast(list[str], d.pop("sectors"))

        def _parse_target_denominator(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        target_denominator = _parse_target_denominator(d.pop("target_denominator"))

        target_year = d.pop("target_year")

        type_ = TargetType(d.pop("type"))

        version = d.pop("version")

        target_read = cls(
            base_emissions_tco2e=base_emissions_tco2e,
            base_intensity=base_intensity,
            base_year=base_year,
            bau_emissions_tco2e=bau_emissions_tco2e,
            commitment_id=commitment_id,
            created_at=created_at,
            denominator_unit=denominator_unit,
            description=description,
            fixed_level_tco2e=fixed_level_tco2e,
            id=id,
            intensity_unit=intensity_unit,
            level_tco2e=level_tco2e,
            reduction_percent=reduction_percent,
            sectors=sectors,
            target_denominator=target_denominator,
            target_year=target_year,
            type_=type_,
            version=version,
        )

        target_read.additional_properties = d
        return target_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
