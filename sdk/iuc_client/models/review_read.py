from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation import Recommendation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_read_scores import ReviewReadScores


T = TypeVar("T", bound="ReviewRead")


@_attrs_define
class ReviewRead:
    """
    Attributes:
        average (float): The mean of the per-criterion scores, N/A left out (a review stores no average of its own).
        comment (None | str): Null in an applicant's view unless the call's review_visibility is full.
        created_at (datetime.datetime):
        id (str):
        recommendation (Recommendation):
        reviewer (None | str): The reviewer's key; always null in an applicant's view (a city key).
        scores (ReviewReadScores):
        updated_at (datetime.datetime | None | Unset): The reviewer's last edit; null in an applicant's view.
    """

    average: float
    comment: None | str
    created_at: datetime.datetime
    id: str
    recommendation: Recommendation
    reviewer: None | str
    scores: ReviewReadScores
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average = self.average

        comment: None | str
        comment = self.comment

        created_at = self.created_at.isoformat()

        id = self.id

        recommendation = self.recommendation.value

        reviewer: None | str
        reviewer = self.reviewer

        scores = self.scores.to_dict()

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
                "average": average,
                "comment": comment,
                "created_at": created_at,
                "id": id,
                "recommendation": recommendation,
                "reviewer": reviewer,
                "scores": scores,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_read_scores import ReviewReadScores  # noqa: PLC0415

        d = dict(src_dict)
        average = d.pop("average")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        recommendation = Recommendation(d.pop("recommendation"))

        def _parse_reviewer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reviewer = _parse_reviewer(d.pop("reviewer"))

        scores = ReviewReadScores.from_dict(d.pop("scores"))

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

        review_read = cls(
            average=average,
            comment=comment,
            created_at=created_at,
            id=id,
            recommendation=recommendation,
            reviewer=reviewer,
            scores=scores,
            updated_at=updated_at,
        )

        review_read.additional_properties = d
        return review_read

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
