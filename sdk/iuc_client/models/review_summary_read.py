from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.criterion_score import CriterionScore
    from ..models.review_summary_read_recommendations import ReviewSummaryReadRecommendations


T = TypeVar("T", bound="ReviewSummaryRead")


@_attrs_define
class ReviewSummaryRead:
    """The weighted scores of an application's reviews: total = sum(weight * mean) / sum(weights of the criteria
    with a mean).

        Attributes:
            application_id (str):
            criteria (list[CriterionScore]):
            recommendations (ReviewSummaryReadRecommendations): How many reviews recommend yes, maybe and no.
            reviews (int):
            weighted_total (float | None):
    """

    application_id: str
    criteria: list[CriterionScore]
    recommendations: ReviewSummaryReadRecommendations
    reviews: int
    weighted_total: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        recommendations = self.recommendations.to_dict()

        reviews = self.reviews

        weighted_total: float | None
        weighted_total = self.weighted_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "criteria": criteria,
                "recommendations": recommendations,
                "reviews": reviews,
                "weighted_total": weighted_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_score import CriterionScore  # noqa: PLC0415
        from ..models.review_summary_read_recommendations import ReviewSummaryReadRecommendations  # noqa: PLC0415

        d = dict(src_dict)
        application_id = d.pop("application_id")

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = CriterionScore.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        recommendations = ReviewSummaryReadRecommendations.from_dict(d.pop("recommendations"))

        reviews = d.pop("reviews")

        def _parse_weighted_total(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        weighted_total = _parse_weighted_total(d.pop("weighted_total"))

        review_summary_read = cls(
            application_id=application_id,
            criteria=criteria,
            recommendations=recommendations,
            reviews=reviews,
            weighted_total=weighted_total,
        )

        review_summary_read.additional_properties = d
        return review_summary_read

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
