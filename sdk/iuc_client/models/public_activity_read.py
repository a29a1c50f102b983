from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_kind import ActivityKind

T = TypeVar("T", bound="PublicActivityRead")


@_attrs_define
class PublicActivityRead:
    """A cooperation activity that was held, as everyone may see it.

    Attributes:
        ends_on (datetime.date):
        host_party_id (str):
        kind (ActivityKind): Cooperation activities of a pairing.
        outcomes (str):
        participants (int):
        starts_on (datetime.date):
        title (str):
    """

    ends_on: datetime.date
    host_party_id: str
    kind: ActivityKind
    outcomes: str
    participants: int
    starts_on: datetime.date
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        host_party_id = self.host_party_id

        kind = self.kind.value

        outcomes = self.outcomes

        participants = self.participants

        starts_on = self.starts_on.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ends_on": ends_on,
                "host_party_id": host_party_id,
                "kind": kind,
                "outcomes": outcomes,
                "participants": participants,
                "starts_on": starts_on,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        host_party_id = d.pop("host_party_id")

        kind = ActivityKind(d.pop("kind"))

        outcomes = d.pop("outcomes")

        participants = d.pop("participants")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        title = d.pop("title")

        public_activity_read = cls(
            ends_on=ends_on,
            host_party_id=host_party_id,
            kind=kind,
            outcomes=outcomes,
            participants=participants,
            starts_on=starts_on,
            title=title,
        )

        public_activity_read.additional_properties = d
        return public_activity_read

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
