from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApplicationInvitationCreate")


@_attrs_define
class ApplicationInvitationCreate:
    """
    Attributes:
        city_id (str): The city invited to join the group: its own city key accepts or declines.
    """

    city_id: str

    def to_dict(self) -> dict[str, Any]:
        city_id = self.city_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "city_id": city_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city_id = d.pop("city_id")

        application_invitation_create = cls(
            city_id=city_id,
        )

        return application_invitation_create
