from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ForbiddenPairRead")


@_attrs_define
class ForbiddenPairRead:
    """
    Attributes:
        call_id (str):
        created_at (datetime.datetime):
        id (str):
        party_ids (list[str]):
        reason (str):
        source (str): manual | declined | dissolved
    """

    call_id: str
    created_at: datetime.datetime
    id: str
    party_ids: list[str]
    reason: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        created_at = self.created_at.isoformat()

        id = self.id

        party_ids = self.party_ids

        reason = self.reason

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "created_at": created_at,
                "id": id,
                "party_ids": party_ids,
                "reason": reason,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        party_ids = cast(list[str], d.pop("party_ids"))

        reason = d.pop("reason")

        source = d.pop("source")

        forbidden_pair_read = cls(
            call_id=call_id,
            created_at=created_at,
            id=id,
            party_ids=party_ids,
            reason=reason,
            source=source,
        )

        forbidden_pair_read.additional_properties = d
        return forbidden_pair_read

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
