from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityHeldBody")


@_attrs_define
class ActivityHeldBody:
    """What was learnt once the activity took place (absent fields keep their values).

    Attributes:
        outcomes (str | Unset):
        participants (int | Unset):
    """

    outcomes: str | Unset = UNSET
    participants: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcomes = self.outcomes

        participants = self.participants

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcomes = d.pop("outcomes", UNSET)

        participants = d.pop("participants", UNSET)

        activity_held_body = cls(
            outcomes=outcomes,
            participants=participants,
        )

        return activity_held_body
