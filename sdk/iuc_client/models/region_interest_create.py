from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegionInterestCreate")


@_attrs_define
class RegionInterestCreate:
    """
    Attributes:
        partner_region_id (str): A NUTS 2024 code of the EU (ES51, EL30) or an ISO 3166 code of a Latin American or
            Caribbean country or subdivision (CO, CO-ANT).
        ecosystems (list[str] | Unset): Industrial ecosystems of the intended cooperation.
        message (str | Unset):  Default: ''.
    """

    partner_region_id: str
    ecosystems: list[str] | Unset = UNSET
    message: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        partner_region_id = self.partner_region_id

        ecosystems: list[str] | Unset = UNSET
        if not isinstance(self.ecosystems, Unset):
            ecosystems = self.ecosystems

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "partner_region_id": partner_region_id,
            }
        )
        if ecosystems is not UNSET:
            field_dict["ecosystems"] = ecosystems
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_region_id = d.pop("partner_region_id")

        ecosystems = cast(list[str], d.pop("ecosystems", UNSET))

        message = d.pop("message", UNSET)

        region_interest_create = cls(
            partner_region_id=partner_region_id,
            ecosystems=ecosystems,
            message=message,
        )

        return region_interest_create
