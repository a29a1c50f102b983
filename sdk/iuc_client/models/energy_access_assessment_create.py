from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnergyAccessAssessmentCreate")


@_attrs_define
class EnergyAccessAssessmentCreate:
    """
    Attributes:
        year (int):
        clean_cooking_access_percent (float | None | Unset):
        electricity_access_percent (float | None | Unset):
        notes (str | Unset):  Default: ''.
        submitted_on (datetime.date | None | Unset):
    """

    year: int
    clean_cooking_access_percent: float | None | Unset = UNSET
    electricity_access_percent: float | None | Unset = UNSET
    notes: str | Unset = ""
    submitted_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        year = self.year

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

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
            }
        )
        if clean_cooking_access_percent is not UNSET:
            field_dict["clean_cooking_access_percent"] = clean_cooking_access_percent
        if electricity_access_percent is not UNSET:
            field_dict["electricity_access_percent"] = electricity_access_percent
        if notes is not UNSET:
            field_dict["notes"] = notes
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

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

        energy_access_assessment_create = cls(
            year=year,
            clean_cooking_access_percent=clean_cooking_access_percent,
            electricity_access_percent=electricity_access_percent,
            notes=notes,
            submitted_on=submitted_on,
        )

        return energy_access_assessment_create
