from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side import Side

T = TypeVar("T", bound="RegionRead")


@_attrs_define
class RegionRead:
    """
    Attributes:
        category (str):
        classification (str): nuts2024 | iso3166-1 | iso3166-2
        country_code (str):
        id (str):
        level (int): 0 for a country; NUTS level 1-3; ISO 3166-2 subdivision depth.
        name (str):
        parent_id (None | str):
        side (Side): The two sides of the Atlantic the component connects.
    """

    category: str
    classification: str
    country_code: str
    id: str
    level: int
    name: str
    parent_id: None | str
    side: Side
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        classification = self.classification

        country_code = self.country_code

        id = self.id

        level = self.level

        name = self.name

        parent_id: None | str
        parent_id = self.parent_id

        side = self.side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "classification": classification,
                "country_code": country_code,
                "id": id,
                "level": level,
                "name": name,
                "parent_id": parent_id,
                "side": side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        classification = d.pop("classification")

        country_code = d.pop("country_code")

        id = d.pop("id")

        level = d.pop("level")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        side = Side(d.pop("side"))

        region_read = cls(
            category=category,
            classification=classification,
            country_code=country_code,
            id=id,
            level=level,
            name=name,
            parent_id=parent_id,
            side=side,
        )

        region_read.additional_properties = d
        return region_read

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
