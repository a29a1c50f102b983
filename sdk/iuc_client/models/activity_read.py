from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_kind import ActivityKind

T = TypeVar("T", bound="ActivityRead")


@_attrs_define
class ActivityRead:
    """
    Attributes:
        created_at (datetime.datetime):
        ends_on (datetime.date):
        host_party_id (str):
        id (str):
        kind (ActivityKind): Cooperation activities of a pairing.
        outcomes (str):
        pairing_id (str):
        participants (int):
        starts_on (datetime.date):
        title (str):
    """

    created_at: datetime.datetime
    ends_on: datetime.date
    host_party_id: str
    id: str
    kind: ActivityKind
    outcomes: str
    pairing_id: str
    participants: int
    starts_on: datetime.date
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        ends_on = self.ends_on.isoformat()

        host_party_id = self.host_party_id

        id = self.id

        kind = self.kind.value

        outcomes = self.outcomes

        pairing_id = self.pairing_id

        participants = self.participants

        starts_on = self.starts_on.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "ends_on": ends_on,
                "host_party_id": host_party_id,
                "id": id,
                "kind": kind,
                "outcomes": outcomes,
                "pairing_id": pairing_id,
                "participants": participants,
                "starts_on": starts_on,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        host_party_id = d.pop("host_party_id")

        id = d.pop("id")

        kind = ActivityKind(d.pop("kind"))

        outcomes = d.pop("outcomes")

        pairing_id = d.pop("pairing_id")

        participants = d.pop("participants")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        title = d.pop("title")

        activity_read = cls(
            created_at=created_at,
            ends_on=ends_on,
            host_party_id=host_party_id,
            id=id,
            kind=kind,
            outcomes=outcomes,
            pairing_id=pairing_id,
            participants=participants,
            starts_on=starts_on,
            title=title,
        )

        activity_read.additional_properties = d
        return activity_read

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
