from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_type import TargetType

T = TypeVar("T", bound="TargetProgress")


@_attrs_define
class TargetProgress:
    """
    Attributes:
        level_tco2e (float | None): The emissions the target allows in its target year.
        monitoring_emissions_tco2e (float | None):
        monitoring_year (int | None): The latest monitoring inventory after the base year, if any.
        on_track (bool | None): At or under the straight path from the base year to the level; null when it cannot be
            told.
        target_id (str):
        target_year (int):
        type_ (TargetType):
    """

    level_tco2e: float | None
    monitoring_emissions_tco2e: float | None
    monitoring_year: int | None
    on_track: bool | None
    target_id: str
    target_year: int
    type_: TargetType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level_tco2e: float | None
        level_tco2e = self.level_tco2e

        monitoring_emissions_tco2e: float | None
        monitoring_emissions_tco2e = self.monitoring_emissions_tco2e

        monitoring_year: int | None
        monitoring_year = self.monitoring_year

        on_track: bool | None
        on_track = self.on_track

        target_id = self.target_id

        target_year = self.target_year

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level_tco2e": level_tco2e,
                "monitoring_emissions_tco2e": monitoring_emissions_tco2e,
                "monitoring_year": monitoring_year,
                "on_track": on_track,
                "target_id": target_id,
                "target_year": target_year,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_level_tco2e(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        level_tco2e = _parse_level_tco2e(d.pop("level_tco2e"))

        def _parse_monitoring_emissions_tco2e(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        monitoring_emissions_tco2e = _parse_monitoring_emissions_tco2e(d.pop("monitoring_emissions_tco2e"))

        def _parse_monitoring_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        monitoring_year = _parse_monitoring_year(d.pop("monitoring_year"))

        def _parse_on_track(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        on_track = _parse_on_track(d.pop("on_track"))

        target_id = d.pop("target_id")

        target_year = d.pop("target_year")

        type_ = TargetType(d.pop("type"))

        target_progress = cls(
            level_tco2e=level_tco2e,
            monitoring_emissions_tco2e=monitoring_emissions_tco2e,
            monitoring_year=monitoring_year,
            on_track=on_track,
            target_id=target_id,
            target_year=target_year,
            type_=type_,
        )

        target_progress.additional_properties = d
        return target_progress

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
