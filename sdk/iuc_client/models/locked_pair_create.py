from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LockedPairCreate")


@_attrs_define
class LockedPairCreate:
    """A pair the coordination unit fixes before the call's rounds: two candidates of the call, one on each side.
    Every round proposes it while both are candidates and unpaired, and pairs neither party otherwise.

        Attributes:
            party_a_id (str):
            party_b_id (str):
    """

    party_a_id: str
    party_b_id: str

    def to_dict(self) -> dict[str, Any]:
        party_a_id = self.party_a_id

        party_b_id = self.party_b_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "party_a_id": party_a_id,
                "party_b_id": party_b_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        party_a_id = d.pop("party_a_id")

        party_b_id = d.pop("party_b_id")

        locked_pair_create = cls(
            party_a_id=party_a_id,
            party_b_id=party_b_id,
        )

        return locked_pair_create
