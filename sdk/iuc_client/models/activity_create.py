from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.activity_create_status import ActivityCreateStatus
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
        status (ActivityCreateStatus | Unset): planned: ahead (mark it held later, or cancel it); held: it took place.
            An activity is held once it is over: `held` with an ends_on after today (the service's clock, UTC) answers 422
            with the rule held_in_future. Default: ActivityCreateStatus.HELD.
    """

    ends_on: datetime.date
    host_party_id: str
    kind: ActivityKind
    participants: int
    starts_on: datetime.date
    title: str
    outcomes: str | Unset = ""
    status: ActivityCreateStatus | Unset = ActivityCreateStatus.HELD

    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        host_party_id = self.host_party_id

        kind = self.kind.value

        participants = self.participants

        starts_on = self.starts_on.isoformat()

        title = self.title

        outcomes = self.outcomes

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        if status is not UNSET:
            field_dict["status"] = status

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

        _status = d.pop("status", UNSET)
        status: ActivityCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ActivityCreateStatus(_status)

        activity_create = cls(
            ends_on=ends_on,
            host_party_id=host_party_id,
            kind=kind,
            participants=participants,
            starts_on=starts_on,
            title=title,
            outcomes=outcomes,
            status=status,
        )

        return activity_create
