from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_kind import PartyKind

T = TypeVar("T", bound="LockedPairRead")


@_attrs_define
class LockedPairRead:
    """
    Attributes:
        call_id (str):
        created_at (datetime.datetime):
        id (str):
        party_a_id (str): The party on side a of the call (the order given is turned to match).
        party_b_id (str):
        party_kind (PartyKind): Who is paired: cities (Components I and II) or regions (Component III).
    """

    call_id: str
    created_at: datetime.datetime
    id: str
    party_a_id: str
    party_b_id: str
    party_kind: PartyKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        created_at = self.created_at.isoformat()

        id = self.id

        party_a_id = self.party_a_id

        party_b_id = self.party_b_id

        party_kind = self.party_kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "created_at": created_at,
                "id": id,
                "party_a_id": party_a_id,
                "party_b_id": party_b_id,
                "party_kind": party_kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        party_a_id = d.pop("party_a_id")

        party_b_id = d.pop("party_b_id")

        party_kind = PartyKind(d.pop("party_kind"))

        locked_pair_read = cls(
            call_id=call_id,
            created_at=created_at,
            id=id,
            party_a_id=party_a_id,
            party_b_id=party_b_id,
            party_kind=party_kind,
        )

        locked_pair_read.additional_properties = d
        return locked_pair_read

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
