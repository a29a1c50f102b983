from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScoreDistribution")


@_attrs_define
class ScoreDistribution:
    """
    Attributes:
        max_ (float):
        mean (float):
        median (float):
        min_ (float):
        q1 (float):
        q3 (float):
    """

    max_: float
    mean: float
    median: float
    min_: float
    q1: float
    q3: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        mean = self.mean

        median = self.median

        min_ = self.min_

        q1 = self.q1

        q3 = self.q3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "mean": mean,
                "median": median,
                "min": min_,
                "q1": q1,
                "q3": q3,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max")

        mean = d.pop("mean")

        median = d.pop("median")

        min_ = d.pop("min")

        q1 = d.pop("q1")

        q3 = d.pop("q3")

        score_distribution = cls(
            max_=max_,
            mean=mean,
            median=median,
            min_=min_,
            q1=q1,
            q3=q3,
        )

        score_distribution.additional_properties = d
        return score_distribution

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
