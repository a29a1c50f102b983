from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expected_change import ExpectedChange
from ..models.level import Level

T = TypeVar("T", bound="HazardRead")


@_attrs_define
class HazardRead:
    """
    Attributes:
        expected_change (ExpectedChange):
        hazard (str): A CRF climate hazard (free text on assessments stored before the CRF list).
        impact (Level):
        probability (Level):
        timeframe (str):
    """

    expected_change: ExpectedChange
    hazard: str
    impact: Level
    probability: Level
    timeframe: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_change = self.expected_change.value

        hazard = self.hazard

        impact = self.impact.value

        probability = self.probability.value

        timeframe = self.timeframe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expected_change": expected_change,
                "hazard": hazard,
                "impact": impact,
                "probability": probability,
                "timeframe": timeframe,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_change = ExpectedChange(d.pop("expected_change"))

        hazard = d.pop("hazard")

        impact = Level(d.pop("impact"))

        probability = Level(d.pop("probability"))

        timeframe = d.pop("timeframe")

        hazard_read = cls(
            expected_change=expected_change,
            hazard=hazard,
            impact=impact,
            probability=probability,
            timeframe=timeframe,
        )

        hazard_read.additional_properties = d
        return hazard_read

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
