from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hazard_in import HazardIn


T = TypeVar("T", bound="RiskAssessmentCreate")


@_attrs_define
class RiskAssessmentCreate:
    """
    Attributes:
        hazards (list[HazardIn]):
        year (int):
        submitted_on (datetime.date | None | Unset):
        vulnerable_groups (list[str] | Unset):
    """

    hazards: list[HazardIn]
    year: int
    submitted_on: datetime.date | None | Unset = UNSET
    vulnerable_groups: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        hazards = []
        for hazards_item_data in self.hazards:
            hazards_item = hazards_item_data.to_dict()
            hazards.append(hazards_item)

        year = self.year

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        vulnerable_groups: list[str] | Unset = UNSET
        if not isinstance(self.vulnerable_groups, Unset):
            vulnerable_groups = self.vulnerable_groups

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hazards": hazards,
                "year": year,
            }
        )
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if vulnerable_groups is not UNSET:
            field_dict["vulnerable_groups"] = vulnerable_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hazard_in import HazardIn  # noqa: PLC0415

        d = dict(src_dict)
        hazards = []
        _hazards = d.pop("hazards")
        for hazards_item_data in _hazards:
            hazards_item = HazardIn.from_dict(hazards_item_data)

            hazards.append(hazards_item)

        year = d.pop("year")

        def _parse_submitted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on", UNSET))

        vulnerable_groups = cast(list[str], d.pop("vulnerable_groups", UNSET))

        risk_assessment_create = cls(
            hazards=hazards,
            year=year,
            submitted_on=submitted_on,
            vulnerable_groups=vulnerable_groups,
        )

        return risk_assessment_create
