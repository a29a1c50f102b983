from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportWarning_")


@_attrs_define
class ImportWarning_:
    """
    Attributes:
        examples (list[int]): Line numbers of the first few.
        kind (str): What was cleaned up.
        rows (int): How many rows it affected.
    """

    examples: list[int]
    kind: str
    rows: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        examples = self.examples

        kind = self.kind

        rows = self.rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
                "kind": kind,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        examples = cast(list[int], d.pop("examples"))

        kind = d.pop("kind")

        rows = d.pop("rows")

        import_warning = cls(
            examples=examples,
            kind=kind,
            rows=rows,
        )

        import_warning.additional_properties = d
        return import_warning

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
