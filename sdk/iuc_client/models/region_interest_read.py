from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegionInterestRead")


@_attrs_define
class RegionInterestRead:
    """
    Attributes:
        created_at (datetime.datetime):
        ecosystems (list[str]):
        id (str):
        message (str):
        partner_region_id (str):
        region_id (str):
    """

    created_at: datetime.datetime
    ecosystems: list[str]
    id: str
    message: str
    partner_region_id: str
    region_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        ecosystems = self.ecosystems

        id = self.id

        message = self.message

        partner_region_id = self.partner_region_id

        region_id = self.region_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "ecosystems": ecosystems,
                "id": id,
                "message": message,
                "partner_region_id": partner_region_id,
                "region_id": region_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        ecosystems = cast(list[str], d.pop("ecosystems"))

        id = d.pop("id")

        message = d.pop("message")

        partner_region_id = d.pop("partner_region_id")

        region_id = d.pop("region_id")

        region_interest_read = cls(
            created_at=created_at,
            ecosystems=ecosystems,
            id=id,
            message=message,
            partner_region_id=partner_region_id,
            region_id=region_id,
        )

        region_interest_read.additional_properties = d
        return region_interest_read

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
