from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StageRead")


@_attrs_define
class StageRead:
    """
    Attributes:
        description (str):
        key (str):
        nace_codes (list[str]):
        name (str):
        position (int):
    """

    description: str
    key: str
    nace_codes: list[str]
    name: str
    position: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        key = self.key

        nace_codes = self.nace_codes

        name = self.name

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "key": key,
                "nace_codes": nace_codes,
                "name": name,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        key = d.pop("key")

        nace_codes = cast(list[str], d.pop("nace_codes"))

        name = d.pop("name")

        position = d.pop("position")

        stage_read = cls(
            description=description,
            key=key,
            nace_codes=nace_codes,
            name=name,
            position=position,
        )

        stage_read.additional_properties = d
        return stage_read

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
