from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hazard_read import HazardRead


T = TypeVar("T", bound="RiskAssessmentRead")


@_attrs_define
class RiskAssessmentRead:
    """
    Attributes:
        created_at (datetime.datetime):
        hazards (list[HazardRead]):
        id (str):
        signatory_id (str):
        submitted_on (datetime.date):
        version (int):
        vulnerable_groups (list[str]):
        year (int):
    """

    created_at: datetime.datetime
    hazards: list[HazardRead]
    id: str
    signatory_id: str
    submitted_on: datetime.date
    version: int
    vulnerable_groups: list[str]
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        hazards = []
        for hazards_item_data in self.hazards:
            hazards_item = hazards_item_data.to_dict()
            hazards.append(hazards_item)

        id = self.id

        signatory_id = self.signatory_id

        submitted_on = self.submitted_on.isoformat()

        version = self.version

        vulnerable_groups = self.vulnerable_groups

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "hazards": hazards,
                "id": id,
                "signatory_id": signatory_id,
                "submitted_on": submitted_on,
                "version": version,
                "vulnerable_groups": vulnerable_groups,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hazard_read import HazardRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        hazards = []
        _hazards = d.pop("hazards")
        for hazards_item_data in _hazards:
            hazards_item = HazardRead.from_dict(hazards_item_data)

            hazards.append(hazards_item)

        id = d.pop("id")

        signatory_id = d.pop("signatory_id")

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        version = d.pop("version")

        vulnerable_groups = cast(list[str], d.pop("vulnerable_groups"))

        year = d.pop("year")

        risk_assessment_read = cls(
            created_at=created_at,
            hazards=hazards,
            id=id,
            signatory_id=signatory_id,
            submitted_on=submitted_on,
            version=version,
            vulnerable_groups=vulnerable_groups,
            year=year,
        )

        risk_assessment_read.additional_properties = d
        return risk_assessment_read

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
