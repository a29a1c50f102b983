from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_role import ParticipantRole
from ..models.side import Side

T = TypeVar("T", bound="ParticipantRead")


@_attrs_define
class ParticipantRead:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        organisation_id (str):
        role (ParticipantRole):
        side (Side): The two sides of the Atlantic the component connects.
        stage_key (str):
    """

    created_at: datetime.datetime
    id: str
    organisation_id: str
    role: ParticipantRole
    side: Side
    stage_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        organisation_id = self.organisation_id

        role = self.role.value

        side = self.side.value

        stage_key = self.stage_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "organisation_id": organisation_id,
                "role": role,
                "side": side,
                "stage_key": stage_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        organisation_id = d.pop("organisation_id")

        role = ParticipantRole(d.pop("role"))

        side = Side(d.pop("side"))

        stage_key = d.pop("stage_key")

        participant_read = cls(
            created_at=created_at,
            id=id,
            organisation_id=organisation_id,
            role=role,
            side=side,
            stage_key=stage_key,
        )

        participant_read.additional_properties = d
        return participant_read

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
