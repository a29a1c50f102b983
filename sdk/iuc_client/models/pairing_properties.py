from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PairingProperties")


@_attrs_define
class PairingProperties:
    """
    Attributes:
        cities (list[str]):
        id (str):
        state (str): proposed, confirmed or completed.
        kind (Literal['pairing'] | Unset):  Default: 'pairing'.
    """

    cities: list[str]
    id: str
    state: str
    kind: Literal["pairing"] | Unset = "pairing"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cities = self.cities

        id = self.id

        state = self.state

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cities": cities,
                "id": id,
                "state": state,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cities = cast(list[str], d.pop("cities"))

        id = d.pop("id")

        state = d.pop("state")

        kind = cast(Literal["pairing"] | Unset, d.pop("kind", UNSET))
        if kind != "pairing" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'pairing', got '{kind}'")

        pairing_properties = cls(
            cities=cities,
            id=id,
            state=state,
            kind=kind,
        )

        pairing_properties.additional_properties = d
        return pairing_properties

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
