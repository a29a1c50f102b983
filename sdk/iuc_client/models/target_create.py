from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sector import Sector
from ..models.target_type import TargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetCreate")


@_attrs_define
class TargetCreate:
    """
    Attributes:
        target_year (int):
        type_ (TargetType):
        base_year (int | None | Unset):
        description (str | Unset):  Default: ''.
        reduction_percent (float | None | Unset): Reduction against the base (0-100].
        sectors (list[Sector] | Unset):
    """

    target_year: int
    type_: TargetType
    base_year: int | None | Unset = UNSET
    description: str | Unset = ""
    reduction_percent: float | None | Unset = UNSET
    sectors: list[Sector] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target_year = self.target_year

        type_ = self.type_.value

        base_year: int | None | Unset
        if isinstance(self.base_year, Unset):
            base_year = UNSET
        else:
            base_year = self.base_year

        description = self.description

        reduction_percent: float | None | Unset
        if isinstance(self.reduction_percent, Unset):
            reduction_percent = UNSET
        else:
            reduction_percent = self.reduction_percent

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = []
            for sectors_item_data in self.sectors:
                sectors_item = sectors_item_data.value
                sectors.append(sectors_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_year": target_year,
                "type": type_,
            }
        )
        if base_year is not UNSET:
            field_dict["base_year"] = base_year
        if description is not UNSET:
            field_dict["description"] = description
        if reduction_percent is not UNSET:
            field_dict["reduction_percent"] = reduction_percent
        if sectors is not UNSET:
            field_dict["sectors"] = sectors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_year = d.pop("target_year")

        type_ = TargetType(d.pop("type"))

        def _parse_base_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        base_year = _parse_base_year(d.pop("base_year", UNSET))

        description = d.pop("description", UNSET)

        def _parse_reduction_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reduction_percent = _parse_reduction_percent(d.pop("reduction_percent", UNSET))

        _sectors = d.pop("sectors", UNSET)
        sectors: list[Sector] | Unset = UNSET
        if _sectors is not UNSET:
            sectors = []
            for sectors_item_data in _sectors:
                sectors_item = Sector(sectors_item_data)

                sectors.append(sectors_item)

        target_create = cls(
            target_year=target_year,
            type_=type_,
            base_year=base_year,
            description=description,
            reduction_percent=reduction_percent,
            sectors=sectors,
        )

        return target_create
