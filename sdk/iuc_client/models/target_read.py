from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_type import TargetType

T = TypeVar("T", bound="TargetRead")


@_attrs_define
class TargetRead:
    """
    Attributes:
        base_year (int | None):
        commitment_id (str):
        created_at (datetime.datetime):
        description (str):
        id (str):
        reduction_percent (float | None):
        sectors (list[str]):
        target_year (int):
        type_ (TargetType):
    """

    base_year: int | None
    commitment_id: str
    created_at: datetime.datetime
    description: str
    id: str
    reduction_percent: float | None
    sectors: list[str]
    target_year: int
    type_: TargetType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_year: int | None
        base_year = self.base_year

        commitment_id = self.commitment_id

        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        reduction_percent: float | None
        reduction_percent = self.reduction_percent

        sectors = self.sectors

        target_year = self.target_year

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_year": base_year,
                "commitment_id": commitment_id,
                "created_at": created_at,
                "description": description,
                "id": id,
                "reduction_percent": reduction_percent,
                "sectors": sectors,
                "target_year": target_year,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_base_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        base_year = _parse_base_year(d.pop("base_year"))

        commitment_id = d.pop("commitment_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        id = d.pop("id")

        def _parse_reduction_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        reduction_percent = _parse_reduction_percent(d.pop("reduction_percent"))

        sectors = cast(list[str], d.pop("sectors"))

        target_year = d.pop("target_year")

        type_ = TargetType(d.pop("type"))

        target_read = cls(
            base_year=base_year,
            commitment_id=commitment_id,
            created_at=created_at,
            description=description,
            id=id,
            reduction_percent=reduction_percent,
            sectors=sectors,
            target_year=target_year,
            type_=type_,
        )

        target_read.additional_properties = d
        return target_read

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
