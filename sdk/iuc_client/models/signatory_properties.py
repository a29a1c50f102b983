from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatoryProperties")


@_attrs_define
class SignatoryProperties:
    """
    Attributes:
        id (str):
        name (None | str):
        regional_covenant (str):
        status (str):
        kind (Literal['signatory'] | Unset):  Default: 'signatory'.
    """

    id: str
    name: None | str
    regional_covenant: str
    status: str
    kind: Literal["signatory"] | Unset = "signatory"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        regional_covenant = self.regional_covenant

        status = self.status

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "regional_covenant": regional_covenant,
                "status": status,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        regional_covenant = d.pop("regional_covenant")

        status = d.pop("status")

        kind = cast(Literal["signatory"] | Unset, d.pop("kind", UNSET))
        if kind != "signatory" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'signatory', got '{kind}'")

        signatory_properties = cls(
            id=id,
            name=name,
            regional_covenant=regional_covenant,
            status=status,
            kind=kind,
        )

        signatory_properties.additional_properties = d
        return signatory_properties

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
