from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.activity_kind import ActivityKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityUpdate")


@_attrs_define
class ActivityUpdate:
    """The fields to change of a planned or held activity (a held one keeps its kind and stays in the past).

    Attributes:
        ends_on (datetime.date | Unset):
        host_party_id (str | Unset):
        kind (ActivityKind | Unset): Cooperation activities of a pairing.
        outcomes (str | Unset):
        participants (int | Unset):
        starts_on (datetime.date | Unset):
        title (str | Unset):
    """

    ends_on: datetime.date | Unset = UNSET
    host_party_id: str | Unset = UNSET
    kind: ActivityKind | Unset = UNSET
    outcomes: str | Unset = UNSET
    participants: int | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ends_on: str | Unset = UNSET
        if not isinstance(self.ends_on, Unset):
            ends_on = self.ends_on.isoformat()

        host_party_id = self.host_party_id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        outcomes = self.outcomes

        participants = self.participants

        starts_on: str | Unset = UNSET
        if not isinstance(self.starts_on, Unset):
            starts_on = self.starts_on.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if host_party_id is not UNSET:
            field_dict["host_party_id"] = host_party_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes
        if participants is not UNSET:
            field_dict["participants"] = participants
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ends_on = d.pop("ends_on", UNSET)
        ends_on: datetime.date | Unset
        if isinstance(_ends_on, Unset):
            ends_on = UNSET
        else:
            ends_on = datetime.date.fromisoformat(_ends_on)

        host_party_id = d.pop("host_party_id", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: ActivityKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ActivityKind(_kind)

        outcomes = d.pop("outcomes", UNSET)

        participants = d.pop("participants", UNSET)

        _starts_on = d.pop("starts_on", UNSET)
        starts_on: datetime.date | Unset
        if isinstance(_starts_on, Unset):
            starts_on = UNSET
        else:
            starts_on = datetime.date.fromisoformat(_starts_on)

        title = d.pop("title", UNSET)

        activity_update = cls(
            ends_on=ends_on,
            host_party_id=host_party_id,
            kind=kind,
            outcomes=outcomes,
            participants=participants,
            starts_on=starts_on,
            title=title,
        )

        return activity_update
