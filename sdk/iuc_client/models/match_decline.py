from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MatchDecline")


@_attrs_define
class MatchDecline:
    """
    Attributes:
        organisation_id (str): The party of the match that declines.
        reason (str):
    """

    organisation_id: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisation_id": organisation_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation_id = d.pop("organisation_id")

        reason = d.pop("reason")

        match_decline = cls(
            organisation_id=organisation_id,
            reason=reason,
        )

        return match_decline
