from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CriterionRead")


@_attrs_define
class CriterionRead:
    """
    Attributes:
        description (str):
        na_allowed (bool):
        name (str):
        weight (float):
    """

    description: str
    na_allowed: bool
    name: str
    weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        na_allowed = self.na_allowed

        name = self.name

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "na_allowed": na_allowed,
                "name": name,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        na_allowed = d.pop("na_allowed")

        name = d.pop("name")

        weight = d.pop("weight")

        criterion_read = cls(
            description=description,
            na_allowed=na_allowed,
            name=name,
            weight=weight,
        )

        criterion_read.additional_properties = d
        return criterion_read

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
