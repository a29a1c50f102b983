from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.recommendation import Recommendation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_create_scores import ReviewCreateScores


T = TypeVar("T", bound="ReviewCreate")


@_attrs_define
class ReviewCreate:
    """
    Attributes:
        recommendation (Recommendation):
        scores (ReviewCreateScores): Per-criterion scores from 0 to 5, e.g. {"relevance": 4}; at most 20 criteria. For a
            call with criteria, every criterion and no other, null (not applicable) only where the criterion allows it;
            otherwise 422 with the rules criterion_missing, unknown_criterion or na_not_allowed.
        comment (str | Unset):  Default: ''.
    """

    recommendation: Recommendation
    scores: ReviewCreateScores
    comment: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        recommendation = self.recommendation.value

        scores = self.scores.to_dict()

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recommendation": recommendation,
                "scores": scores,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_create_scores import ReviewCreateScores  # noqa: PLC0415

        d = dict(src_dict)
        recommendation = Recommendation(d.pop("recommendation"))

        scores = ReviewCreateScores.from_dict(d.pop("scores"))

        comment = d.pop("comment", UNSET)

        review_create = cls(
            recommendation=recommendation,
            scores=scores,
            comment=comment,
        )

        return review_create
