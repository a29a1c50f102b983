from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PracticeInvitationCreate")


@_attrs_define
class PracticeInvitationCreate:
    """The city to invite, and the location it becomes among the practice's when it accepts.

    Attributes:
        city_id (str): The IUC city invited: its own city key accepts or declines.
        name (str):
        country_code (None | str | Unset): ISO 3166-1 alpha-2, e.g. ES, CO.
        region_code (None | str | Unset): NUTS 2024 (EU) or ISO 3166-2 (Latin America and the Caribbean) code.
    """

    city_id: str
    name: str
    country_code: None | str | Unset = UNSET
    region_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        city_id = self.city_id

        name = self.name

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        region_code: None | str | Unset
        if isinstance(self.region_code, Unset):
            region_code = UNSET
        else:
            region_code = self.region_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "city_id": city_id,
                "name": name,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if region_code is not UNSET:
            field_dict["region_code"] = region_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city_id = d.pop("city_id")

        name = d.pop("name")

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_region_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_code = _parse_region_code(d.pop("region_code", UNSET))

        practice_invitation_create = cls(
            city_id=city_id,
            name=name,
            country_code=country_code,
            region_code=region_code,
        )

        return practice_invitation_create
