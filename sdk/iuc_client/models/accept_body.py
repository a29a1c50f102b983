from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptBody")


@_attrs_define
class AcceptBody:
    """
    Attributes:
        party_id (None | str | Unset): The party an admin key acts for; a city key acts for its own city.
    """

    party_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        party_id: None | str | Unset
        if isinstance(self.party_id, Unset):
            party_id = UNSET
        else:
            party_id = self.party_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if party_id is not UNSET:
            field_dict["party_id"] = party_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_party_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        party_id = _parse_party_id(d.pop("party_id", UNSET))

        accept_body = cls(
            party_id=party_id,
        )

        return accept_body
