from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LocationRead")


@_attrs_define
class LocationRead:
    """
    Attributes:
        city_id (None | str):
        country_code (None | str):
        name (str):
        region_code (None | str):
        world_region (None | str):
    """

    city_id: None | str
    country_code: None | str
    name: str
    region_code: None | str
    world_region: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city_id: None | str
        city_id = self.city_id

        country_code: None | str
        country_code = self.country_code

        name = self.name

        region_code: None | str
        region_code = self.region_code

        world_region: None | str
        world_region = self.world_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city_id": city_id,
                "country_code": country_code,
                "name": name,
                "region_code": region_code,
                "world_region": world_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_city_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city_id = _parse_city_id(d.pop("city_id"))

        def _parse_country_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_code = _parse_country_code(d.pop("country_code"))

        name = d.pop("name")

        def _parse_region_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region_code = _parse_region_code(d.pop("region_code"))

        def _parse_world_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        world_region = _parse_world_region(d.pop("world_region"))

        location_read = cls(
            city_id=city_id,
            country_code=country_code,
            name=name,
            region_code=region_code,
            world_region=world_region,
        )

        location_read.additional_properties = d
        return location_read

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
