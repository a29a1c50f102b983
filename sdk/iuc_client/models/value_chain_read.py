from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.participant_read import ParticipantRead
    from ..models.stage_read import StageRead


T = TypeVar("T", bound="ValueChainRead")


@_attrs_define
class ValueChainRead:
    """
    Attributes:
        created_at (datetime.datetime):
        description (str):
        ecosystem (str):
        id (str):
        lead_organisation_id (str):
        participants (list[ParticipantRead]):
        region_ids (list[str]):
        stages (list[StageRead]):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    created_at: datetime.datetime
    description: str
    ecosystem: str
    id: str
    lead_organisation_id: str
    participants: list[ParticipantRead]
    region_ids: list[str]
    stages: list[StageRead]
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        ecosystem = self.ecosystem

        id = self.id

        lead_organisation_id = self.lead_organisation_id

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        region_ids = self.region_ids

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "ecosystem": ecosystem,
                "id": id,
                "lead_organisation_id": lead_organisation_id,
                "participants": participants,
                "region_ids": region_ids,
                "stages": stages,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_read import ParticipantRead  # noqa: PLC0415
        from ..models.stage_read import StageRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        ecosystem = d.pop("ecosystem")

        id = d.pop("id")

        lead_organisation_id = d.pop("lead_organisation_id")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ParticipantRead.from_dict(participants_item_data)

            participants.append(participants_item)

        region_ids = cast(list[str], d.pop("region_ids"))

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in _stages:
            stages_item = StageRead.from_dict(stages_item_data)

            stages.append(stages_item)

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        value_chain_read = cls(
            created_at=created_at,
            description=description,
            ecosystem=ecosystem,
            id=id,
            lead_organisation_id=lead_organisation_id,
            participants=participants,
            region_ids=region_ids,
            stages=stages,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        value_chain_read.additional_properties = d
        return value_chain_read

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
