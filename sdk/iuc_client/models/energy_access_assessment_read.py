from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnergyAccessAssessmentRead")


@_attrs_define
class EnergyAccessAssessmentRead:
    """
    Attributes:
        clean_cooking_access_percent (float | None):
        created_at (datetime.datetime):
        electricity_access_percent (float | None):
        id (str):
        notes (str):
        signatory_id (str):
        submitted_on (datetime.date):
        version (int):
        year (int):
    """

    clean_cooking_access_percent: float | None
    created_at: datetime.datetime
    electricity_access_percent: float | None
    id: str
    notes: str
    signatory_id: str
    submitted_on: datetime.date
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clean_cooking_access_percent: float | None
        clean_cooking_access_percent = self.clean_cooking_access_percent

        created_at = self.created_at.isoformat()

        electricity_access_percent: float | None
        electricity_access_percent = self.electricity_access_percent

        id = self.id

        notes = self.notes

        signatory_id = self.signatory_id

        submitted_on = self.submitted_on.isoformat()

        version = self.version

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clean_cooking_access_percent": clean_cooking_access_percent,
                "created_at": created_at,
                "electricity_access_percent": electricity_access_percent,
                "id": id,
                "notes": notes,
                "signatory_id": signatory_id,
                "submitted_on": submitted_on,
                "version": version,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_clean_cooking_access_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        clean_cooking_access_percent = _parse_clean_cooking_access_percent(d.pop("clean_cooking_access_percent"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_electricity_access_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        electricity_access_percent = _parse_electricity_access_percent(d.pop("electricity_access_percent"))

        id = d.pop("id")

        notes = d.pop("notes")

        signatory_id = d.pop("signatory_id")

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        version = d.pop("version")

        year = d.pop("year")

        energy_access_assessment_read = cls(
            clean_cooking_access_percent=clean_cooking_access_percent,
            created_at=created_at,
            electricity_access_percent=electricity_access_percent,
            id=id,
            notes=notes,
            signatory_id=signatory_id,
            submitted_on=submitted_on,
            version=version,
            year=year,
        )

        energy_access_assessment_read.additional_properties = d
        return energy_access_assessment_read

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
