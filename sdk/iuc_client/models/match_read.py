from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_kind import MatchKind
from ..models.match_status import MatchStatus

if TYPE_CHECKING:
    from ..models.interest_read import InterestRead
    from ..models.score_read import ScoreRead


T = TypeVar("T", bound="MatchRead")


@_attrs_define
class MatchRead:
    """
    Attributes:
        breakdown (ScoreRead):
        created_at (datetime.datetime):
        explanation (str):
        id (str):
        interests (list[InterestRead]):
        kind (MatchKind):
        offer_id (None | str):
        organisation_ids (list[str]):
        request_id (None | str):
        score (float):
        stage_key (None | str):
        status (MatchStatus):
        updated_at (datetime.datetime):
        value_chain_id (None | str):
        version (int):
    """

    breakdown: ScoreRead
    created_at: datetime.datetime
    explanation: str
    id: str
    interests: list[InterestRead]
    kind: MatchKind
    offer_id: None | str
    organisation_ids: list[str]
    request_id: None | str
    score: float
    stage_key: None | str
    status: MatchStatus
    updated_at: datetime.datetime
    value_chain_id: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breakdown = self.breakdown.to_dict()

        created_at = self.created_at.isoformat()

        explanation = self.explanation

        id = self.id

        interests = []
        for interests_item_data in self.interests:
            interests_item = interests_item_data.to_dict()
            interests.append(interests_item)

        kind = self.kind.value

        offer_id: None | str
        offer_id = self.offer_id

        organisation_ids = self.organisation_ids

        request_id: None | str
        request_id = self.request_id

        score = self.score

        stage_key: None | str
        stage_key = self.stage_key

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        value_chain_id: None | str
        value_chain_id = self.value_chain_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "breakdown": breakdown,
                "created_at": created_at,
                "explanation": explanation,
                "id": id,
                "interests": interests,
                "kind": kind,
                "offer_id": offer_id,
                "organisation_ids": organisation_ids,
                "request_id": request_id,
                "score": score,
                "stage_key": stage_key,
                "status": status,
                "updated_at": updated_at,
                "value_chain_id": value_chain_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interest_read import InterestRead  # noqa: PLC0415
        from ..models.score_read import ScoreRead  # noqa: PLC0415

        d = dict(src_dict)
        breakdown = ScoreRead.from_dict(d.pop("breakdown"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        explanation = d.pop("explanation")

        id = d.pop("id")

        interests = []
        _interests = d.pop("interests")
        for interests_item_data in _interests:
            interests_item = InterestRead.from_dict(interests_item_data)

            interests.append(interests_item)

        kind = MatchKind(d.pop("kind"))

        def _parse_offer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        offer_id = _parse_offer_id(d.pop("offer_id"))

        organisation_ids = cast(list[str], d.pop("organisation_ids"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        score = d.pop("score")

        def _parse_stage_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stage_key = _parse_stage_key(d.pop("stage_key"))

        status = MatchStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_value_chain_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value_chain_id = _parse_value_chain_id(d.pop("value_chain_id"))

        version = d.pop("version")

        match_read = cls(
            breakdown=breakdown,
            created_at=created_at,
            explanation=explanation,
            id=id,
            interests=interests,
            kind=kind,
            offer_id=offer_id,
            organisation_ids=organisation_ids,
            request_id=request_id,
            score=score,
            stage_key=stage_key,
            status=status,
            updated_at=updated_at,
            value_chain_id=value_chain_id,
            version=version,
        )

        match_read.additional_properties = d
        return match_read

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
