from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationsFieldChangeRead")


@_attrs_define
class ApplicationsFieldChangeRead:
    """
    Attributes:
        field (str):
        new (int | None | str | Unset): The value after the edit (scalar fields only; null for a list).
        old (int | None | str | Unset): The value before the edit (scalar fields only; null for a list).
    """

    field: str
    new: int | None | str | Unset = UNSET
    old: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        new: int | None | str | Unset
        if isinstance(self.new, Unset):
            new = UNSET
        else:
            new = self.new

        old: int | None | str | Unset
        if isinstance(self.old, Unset):
            old = UNSET
        else:
            old = self.old

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        def _parse_new(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        new = _parse_new(d.pop("new", UNSET))

        def _parse_old(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        old = _parse_old(d.pop("old", UNSET))

        applications_field_change_read = cls(
            field=field,
            new=new,
            old=old,
        )

        applications_field_change_read.additional_properties = d
        return applications_field_change_read

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
