from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorstOff")


@_attrs_define
class WorstOff:
    """
    Attributes:
        name (str):
        party_id (str):
        score (float):
        world_region (str):
    """

    name: str
    party_id: str
    score: float
    world_region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        party_id = self.party_id

        score = self.score

        world_region = self.world_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "party_id": party_id,
                "score": score,
                "world_region": world_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        party_id = d.pop("party_id")

        score = d.pop("score")

        world_region = d.pop("world_region")

        worst_off = cls(
            name=name,
            party_id=party_id,
            score=score,
            world_region=world_region,
        )

        worst_off.additional_properties = d
        return worst_off

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
