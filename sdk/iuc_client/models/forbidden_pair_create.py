from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ForbiddenPairCreate")


@_attrs_define
class ForbiddenPairCreate:
    """
    Attributes:
        call_id (str):
        party_ids (list[str]):
        reason (str):
    """

    call_id: str
    party_ids: list[str]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        party_ids = self.party_ids

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "call_id": call_id,
                "party_ids": party_ids,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        party_ids = cast(list[str], d.pop("party_ids"))

        reason = d.pop("reason")

        forbidden_pair_create = cls(
            call_id=call_id,
            party_ids=party_ids,
            reason=reason,
        )

        return forbidden_pair_create
