from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_kind import PartyKind

T = TypeVar("T", bound="PartyRead")


@_attrs_define
class PartyRead:
    """
    Attributes:
        country_code (str):
        id (str):
        kind (PartyKind): Who is paired: cities (Components I and II) or regions (Component III).
        name (str):
        world_region (str):
    """

    country_code: str
    id: str
    kind: PartyKind
    name: str
    world_region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        id = self.id

        kind = self.kind.value

        name = self.name

        world_region = self.world_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "id": id,
                "kind": kind,
                "name": name,
                "world_region": world_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        id = d.pop("id")

        kind = PartyKind(d.pop("kind"))

        name = d.pop("name")

        world_region = d.pop("world_region")

        party_read = cls(
            country_code=country_code,
            id=id,
            kind=kind,
            name=name,
            world_region=world_region,
        )

        party_read.additional_properties = d
        return party_read

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
