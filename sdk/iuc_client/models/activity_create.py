from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.activity_kind import ActivityKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityCreate")


@_attrs_define
class ActivityCreate:
    """
    Attributes:
        ends_on (datetime.date):
        host_party_id (str):
        kind (ActivityKind): Cooperation activities of a pairing.
        participants (int):
        starts_on (datetime.date):
        title (str):
        outcomes (str | Unset):  Default: ''.
    """

    ends_on: datetime.date
    host_party_id: str
    kind: ActivityKind
    participants: int
    starts_on: datetime.date
    title: str
    outcomes: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        host_party_id = self.host_party_id

        kind = self.kind.value

        participants = self.participants

        starts_on = self.starts_on.isoformat()

        title = self.title

        outcomes = self.outcomes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ends_on": ends_on,
                "host_party_id": host_party_id,
                "kind": kind,
                "participants": participants,
                "starts_on": starts_on,
                "title": title,
            }
        )
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        host_party_id = d.pop("host_party_id")

        kind = ActivityKind(d.pop("kind"))

        participants = d.pop("participants")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        title = d.pop("title")

        outcomes = d.pop("outcomes", UNSET)

        activity_create = cls(
            ends_on=ends_on,
            host_party_id=host_party_id,
            kind=kind,
            participants=participants,
            starts_on=starts_on,
            title=title,
            outcomes=outcomes,
        )

        return activity_create
