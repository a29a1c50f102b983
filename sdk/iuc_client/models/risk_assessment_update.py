from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hazard_in import HazardIn


T = TypeVar("T", bound="RiskAssessmentUpdate")


@_attrs_define
class RiskAssessmentUpdate:
    """
    Attributes:
        hazards (list[HazardIn] | Unset):
        submitted_on (datetime.date | Unset):
        vulnerable_groups (list[str] | Unset):
        year (int | Unset):
    """

    hazards: list[HazardIn] | Unset = UNSET
    submitted_on: datetime.date | Unset = UNSET
    vulnerable_groups: list[str] | Unset = UNSET
    year: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        hazards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hazards, Unset):
            hazards = []
            for hazards_item_data in self.hazards:
                hazards_item = hazards_item_data.to_dict()
                hazards.append(hazards_item)

        submitted_on: str | Unset = UNSET
        if not isinstance(self.submitted_on, Unset):
            submitted_on = self.submitted_on.isoformat()

        vulnerable_groups: list[str] | Unset = UNSET
        if not isinstance(self.vulnerable_groups, Unset):
            vulnerable_groups = self.vulnerable_groups

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if hazards is not UNSET:
            field_dict["hazards"] = hazards
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if vulnerable_groups is not UNSET:
            field_dict["vulnerable_groups"] = vulnerable_groups
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hazard_in import HazardIn  # noqa: PLC0415

        d = dict(src_dict)
        _hazards = d.pop("hazards", UNSET)
        hazards: list[HazardIn] | Unset = UNSET
        if _hazards is not UNSET:
            hazards = []
            for hazards_item_data in _hazards:
                hazards_item = HazardIn.from_dict(hazards_item_data)

                hazards.append(hazards_item)

        _submitted_on = d.pop("submitted_on", UNSET)
        submitted_on: datetime.date | Unset
        if isinstance(_submitted_on, Unset):
            submitted_on = UNSET
        else:
            submitted_on = datetime.date.fromisoformat(_submitted_on)

        vulnerable_groups = cast(list[str], d.pop("vulnerable_groups", UNSET))

        year = d.pop("year", UNSET)

        risk_assessment_update = cls(
            hazards=hazards,
            submitted_on=submitted_on,
            vulnerable_groups=vulnerable_groups,
            year=year,
        )

        return risk_assessment_update
