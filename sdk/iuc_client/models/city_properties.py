from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CityProperties")


@_attrs_define
class CityProperties:
    """
    Attributes:
        country_code (str):
        id (str):
        name (str):
        paired (bool): In a confirmed or completed pairing.
        world_region (str):
        kind (Literal['city'] | Unset):  Default: 'city'.
    """

    country_code: str
    id: str
    name: str
    paired: bool
    world_region: str
    kind: Literal["city"] | Unset = "city"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        id = self.id

        name = self.name

        paired = self.paired

        world_region = self.world_region

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "id": id,
                "name": name,
                "paired": paired,
                "world_region": world_region,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        id = d.pop("id")

        name = d.pop("name")

        paired = d.pop("paired")

        world_region = d.pop("world_region")

        kind = cast(Literal["city"] | Unset, d.pop("kind", UNSET))
        if kind != "city" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'city', got '{kind}'")

        city_properties = cls(
            country_code=country_code,
            id=id,
            name=name,
            paired=paired,
            world_region=world_region,
            kind=kind,
        )

        city_properties.additional_properties = d
        return city_properties

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
