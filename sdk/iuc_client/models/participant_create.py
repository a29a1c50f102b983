from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.participant_role import ParticipantRole

T = TypeVar("T", bound="ParticipantCreate")


@_attrs_define
class ParticipantCreate:
    """
    Attributes:
        organisation_id (str):
        role (ParticipantRole):
        stage_key (str):
    """

    organisation_id: str
    role: ParticipantRole
    stage_key: str

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        role = self.role.value

        stage_key = self.stage_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisation_id": organisation_id,
                "role": role,
                "stage_key": stage_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation_id = d.pop("organisation_id")

        role = ParticipantRole(d.pop("role"))

        stage_key = d.pop("stage_key")

        participant_create = cls(
            organisation_id=organisation_id,
            role=role,
            stage_key=stage_key,
        )

        return participant_create
