from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnergyAccessAssessmentUpdate")


@_attrs_define
class EnergyAccessAssessmentUpdate:
    """
    Attributes:
        clean_cooking_access_percent (float | None | Unset):
        electricity_access_percent (float | None | Unset):
        notes (str | Unset):
        submitted_on (datetime.date | Unset):
        year (int | Unset):
    """

    clean_cooking_access_percent: float | None | Unset = UNSET
    electricity_access_percent: float | None | Unset = UNSET
    notes: str | Unset = UNSET
    submitted_on: datetime.date | Unset = UNSET
    year: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        clean_cooking_access_percent: float | None | Unset
        if isinstance(self.clean_cooking_access_percent, Unset):
            clean_cooking_access_percent = UNSET
        else:
            clean_cooking_access_percent = self.clean_cooking_access_percent

        electricity_access_percent: float | None | Unset
        if isinstance(self.electricity_access_percent, Unset):
            electricity_access_percent = UNSET
        else:
            electricity_access_percent = self.electricity_access_percent

        notes = self.notes

        submitted_on: str | Unset = UNSET
        if not isinstance(self.submitted_on, Unset):
            submitted_on = self.submitted_on.isoformat()

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if clean_cooking_access_percent is not UNSET:
            field_dict["clean_cooking_access_percent"] = clean_cooking_access_percent
        if electricity_access_percent is not UNSET:
            field_dict["electricity_access_percent"] = electricity_access_percent
        if notes is not UNSET:
            field_dict["notes"] = notes
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_clean_cooking_access_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        clean_cooking_access_percent = _parse_clean_cooking_access_percent(d.pop("clean_cooking_access_percent", UNSET))

        def _parse_electricity_access_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        electricity_access_percent = _parse_electricity_access_percent(d.pop("electricity_access_percent", UNSET))

        notes = d.pop("notes", UNSET)

        _submitted_on = d.pop("submitted_on", UNSET)
        submitted_on: datetime.date | Unset
        if isinstance(_submitted_on, Unset):
            submitted_on = UNSET
        else:
            submitted_on = datetime.date.fromisoformat(_submitted_on)

        year = d.pop("year", UNSET)

        energy_access_assessment_update = cls(
            clean_cooking_access_percent=clean_cooking_access_percent,
            electricity_access_percent=electricity_access_percent,
            notes=notes,
            submitted_on=submitted_on,
            year=year,
        )

        return energy_access_assessment_update
