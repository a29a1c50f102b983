from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """A city or region where the practice took place.

    Attributes:
        name (str):
        city_id (None | str | Unset): The IUC city id, when the place is a registered city.
        country_code (None | str | Unset): ISO 3166-1 alpha-2, e.g. ES, CO.
        region_code (None | str | Unset): NUTS 2024 (EU) or ISO 3166-2 (Latin America and the Caribbean) code.
    """

    name: str
    city_id: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    region_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        city_id: None | str | Unset
        if isinstance(self.city_id, Unset):
            city_id = UNSET
        else:
            city_id = self.city_id

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        region_code: None | str | Unset
        if isinstance(self.region_code, Unset):
            region_code = UNSET
        else:
            region_code = self.region_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if region_code is not UNSET:
            field_dict["region_code"] = region_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_city_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city_id = _parse_city_id(d.pop("city_id", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_region_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_code = _parse_region_code(d.pop("region_code", UNSET))

        location = cls(
            name=name,
            city_id=city_id,
            country_code=country_code,
            region_code=region_code,
        )

        return location
