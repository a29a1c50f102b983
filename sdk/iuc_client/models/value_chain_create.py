from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participant_create import ParticipantCreate
    from ..models.stage_in import StageIn


T = TypeVar("T", bound="ValueChainCreate")


@_attrs_define
class ValueChainCreate:
    """
    Attributes:
        ecosystem (str):
        lead_organisation_id (str):
        region_ids (list[str]): EU and LAC regions the chain spans.
        stages (list[StageIn]): In order, upstream first.
        title (str):
        description (str | Unset):  Default: ''.
        participants (list[ParticipantCreate] | Unset):
    """

    ecosystem: str
    lead_organisation_id: str
    region_ids: list[str]
    stages: list[StageIn]
    title: str
    description: str | Unset = ""
    participants: list[ParticipantCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ecosystem = self.ecosystem

        lead_organisation_id = self.lead_organisation_id

        region_ids = self.region_ids

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        title = self.title

        description = self.description

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ecosystem": ecosystem,
                "lead_organisation_id": lead_organisation_id,
                "region_ids": region_ids,
                "stages": stages,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_create import ParticipantCreate  # noqa: PLC0415
        from ..models.stage_in import StageIn  # noqa: PLC0415

        d = dict(src_dict)
        ecosystem = d.pop("ecosystem")

        lead_organisation_id = d.pop("lead_organisation_id")

        region_ids = cast(list[str], d.pop("region_ids"))

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in _stages:
            stages_item = StageIn.from_dict(stages_item_data)

            stages.append(stages_item)

        title = d.pop("title")

        description = d.pop("description", UNSET)

        _participants = d.pop("participants", UNSET)
        participants: list[ParticipantCreate] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = ParticipantCreate.from_dict(participants_item_data)

                participants.append(participants_item)

        value_chain_create = cls(
            ecosystem=ecosystem,
            lead_organisation_id=lead_organisation_id,
            region_ids=region_ids,
            stages=stages,
            title=title,
            description=description,
            participants=participants,
        )

        return value_chain_create
