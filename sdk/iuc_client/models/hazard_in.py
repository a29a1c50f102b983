from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.expected_change import ExpectedChange
from ..models.hazard_in_hazard import HazardInHazard
from ..models.hazard_in_timeframe import HazardInTimeframe
from ..models.level import Level
from ..types import UNSET, Unset

T = TypeVar("T", bound="HazardIn")


@_attrs_define
class HazardIn:
    """
    Attributes:
        hazard (HazardInHazard): A CRF climate hazard (floods, droughts, forest_fires... are read as theirs).
        impact (Level):
        probability (Level):
        expected_change (ExpectedChange | Unset):
        timeframe (HazardInTimeframe | Unset):  Default: HazardInTimeframe.UNKNOWN.
    """

    hazard: HazardInHazard
    impact: Level
    probability: Level
    expected_change: ExpectedChange | Unset = UNSET
    timeframe: HazardInTimeframe | Unset = HazardInTimeframe.UNKNOWN

    def to_dict(self) -> dict[str, Any]:
        hazard = self.hazard.value

        impact = self.impact.value

        probability = self.probability.value

        expected_change: str | Unset = UNSET
        if not isinstance(self.expected_change, Unset):
            expected_change = self.expected_change.value

        timeframe: str | Unset = UNSET
        if not isinstance(self.timeframe, Unset):
            timeframe = self.timeframe.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hazard": hazard,
                "impact": impact,
                "probability": probability,
            }
        )
        if expected_change is not UNSET:
            field_dict["expected_change"] = expected_change
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hazard = HazardInHazard(d.pop("hazard"))

        impact = Level(d.pop("impact"))

        probability = Level(d.pop("probability"))

        _expected_change = d.pop("expected_change", UNSET)
        expected_change: ExpectedChange | Unset
        if isinstance(_expected_change, Unset):
            expected_change = UNSET
        else:
            expected_change = ExpectedChange(_expected_change)

        _timeframe = d.pop("timeframe", UNSET)
        timeframe: HazardInTimeframe | Unset
        if isinstance(_timeframe, Unset):
            timeframe = UNSET
        else:
            timeframe = HazardInTimeframe(_timeframe)

        hazard_in = cls(
            hazard=hazard,
            impact=impact,
            probability=probability,
            expected_change=expected_change,
            timeframe=timeframe,
        )

        return hazard_in
