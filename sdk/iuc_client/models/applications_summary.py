from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.applications_summary_by_state import ApplicationsSummaryByState
    from ..models.applications_summary_mean_score_by_criterion import ApplicationsSummaryMeanScoreByCriterion
    from ..models.applications_summary_refused_by_rule import ApplicationsSummaryRefusedByRule


T = TypeVar("T", bound="ApplicationsSummary")


@_attrs_define
class ApplicationsSummary:
    """
    Attributes:
        by_state (ApplicationsSummaryByState):
        mean_score_by_criterion (ApplicationsSummaryMeanScoreByCriterion): The mean score (0-5) reviews gave each
            criterion.
        refused_by_rule (ApplicationsSummaryRefusedByRule): Submissions refused by the eligibility rules, by rule
            broken.
        reviews (int):
        total (int):
    """

    by_state: ApplicationsSummaryByState
    mean_score_by_criterion: ApplicationsSummaryMeanScoreByCriterion
    refused_by_rule: ApplicationsSummaryRefusedByRule
    reviews: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_state = self.by_state.to_dict()

        mean_score_by_criterion = self.mean_score_by_criterion.to_dict()

        refused_by_rule = self.refused_by_rule.to_dict()

        reviews = self.reviews

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_state": by_state,
                "mean_score_by_criterion": mean_score_by_criterion,
                "refused_by_rule": refused_by_rule,
                "reviews": reviews,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applications_summary_by_state import ApplicationsSummaryByState  # noqa: PLC0415
        from ..models.applications_summary_mean_score_by_criterion import ApplicationsSummaryMeanScoreByCriterion  # noqa: PLC0415
        from ..models.applications_summary_refused_by_rule import ApplicationsSummaryRefusedByRule  # noqa: PLC0415

        d = dict(src_dict)
        by_state = ApplicationsSummaryByState.from_dict(d.pop("by_state"))

        mean_score_by_criterion = ApplicationsSummaryMeanScoreByCriterion.from_dict(d.pop("mean_score_by_criterion"))

        refused_by_rule = ApplicationsSummaryRefusedByRule.from_dict(d.pop("refused_by_rule"))

        reviews = d.pop("reviews")

        total = d.pop("total")

        applications_summary = cls(
            by_state=by_state,
            mean_score_by_criterion=mean_score_by_criterion,
            refused_by_rule=refused_by_rule,
            reviews=reviews,
            total=total,
        )

        applications_summary.additional_properties = d
        return applications_summary

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
