from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_kind import ActivityKind
from ..models.activity_status import ActivityStatus
from ..types import UNSET, Unset

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
        status (ActivityStatus): Where an activity stands: planned (ahead), held (it took place), cancelled (it will
            not).
        title (str):
        version (int):
        cancel_reason (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
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
    status: ActivityStatus
    title: str
    version: int
    cancel_reason: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
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

        status = self.status.value

        title = self.title

        version = self.version

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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
                "status": status,
                "title": title,
                "version": version,
            }
        )
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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

        status = ActivityStatus(d.pop("status"))

        title = d.pop("title")

        version = d.pop("version")

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

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
            status=status,
            title=title,
            version=version,
            cancel_reason=cancel_reason,
            updated_at=updated_at,
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
