from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SkippedLock")


@_attrs_define
class SkippedLock:
    """
    Attributes:
        party_a (str):
        party_b (str):
        reason (str): not_a_candidate | forbidden_pair | already_paired | partner_regions
    """

    party_a: str
    party_b: str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        party_a = self.party_a

        party_b = self.party_b

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "party_a": party_a,
                "party_b": party_b,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        party_a = d.pop("party_a")

        party_b = d.pop("party_b")

        reason = d.pop("reason")

        skipped_lock = cls(
            party_a=party_a,
            party_b=party_b,
            reason=reason,
        )

        skipped_lock.additional_properties = d
        return skipped_lock

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
