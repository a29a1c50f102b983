from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_kind import MatchKind
from ..models.match_status import MatchStatus
from ..types import UNSET, Unset

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
        organisation_ids (list[None | str]): The two parties (offer, request or chain lead, candidate); null while that
            organisation is anonymous to the caller (until it accepts the caller's interest).
        request_id (None | str):
        score (float):
        stage_key (None | str):
        status (MatchStatus):
        updated_at (datetime.datetime):
        value_chain_id (None | str):
        version (int):
        closed_at (datetime.datetime | None | Unset):
        decline_reason (None | str | Unset):
        declined_by_organisation_id (None | str | Unset): null while that organisation is anonymous to the caller (until
            it accepts the caller's interest).
    """

    breakdown: ScoreRead
    created_at: datetime.datetime
    explanation: str
    id: str
    interests: list[InterestRead]
    kind: MatchKind
    offer_id: None | str
    organisation_ids: list[None | str]
    request_id: None | str
    score: float
    stage_key: None | str
    status: MatchStatus
    updated_at: datetime.datetime
    value_chain_id: None | str
    version: int
    closed_at: datetime.datetime | None | Unset = UNSET
    decline_reason: None | str | Unset = UNSET
    declined_by_organisation_id: None | str | Unset = UNSET
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

        organisation_ids = []
        for organisation_ids_item_data in self.organisation_ids:
            organisation_ids_item: None | str
            organisation_ids_item = organisation_ids_item_data
            organisation_ids.append(organisation_ids_item)

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

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        decline_reason: None | str | Unset
        if isinstance(self.decline_reason, Unset):
            decline_reason = UNSET
        else:
            decline_reason = self.decline_reason

        declined_by_organisation_id: None | str | Unset
        if isinstance(self.declined_by_organisation_id, Unset):
            declined_by_organisation_id = UNSET
        else:
            declined_by_organisation_id = self.declined_by_organisation_id

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
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if decline_reason is not UNSET:
            field_dict["decline_reason"] = decline_reason
        if declined_by_organisation_id is not UNSET:
            field_dict["declined_by_organisation_id"] = declined_by_organisation_id

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

        organisation_ids = []
        _organisation_ids = d.pop("organisation_ids")
        for organisation_ids_item_data in _organisation_ids:

            def _parse_organisation_ids_item(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            organisation_ids_item = _parse_organisation_ids_item(organisation_ids_item_data)

            organisation_ids.append(organisation_ids_item)

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

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_decline_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decline_reason = _parse_decline_reason(d.pop("decline_reason", UNSET))

        def _parse_declined_by_organisation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        declined_by_organisation_id = _parse_declined_by_organisation_id(d.pop("declined_by_organisation_id", UNSET))

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
            closed_at=closed_at,
            decline_reason=decline_reason,
            declined_by_organisation_id=declined_by_organisation_id,
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
