from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestCreate")


@_attrs_define
class InterestCreate:
    """
    Attributes:
        organisation_id (str): The party of the match that is interested.
        message (str | Unset):  Default: ''.
    """

    organisation_id: str
    message: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisation_id": organisation_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation_id = d.pop("organisation_id")

        message = d.pop("message", UNSET)

        interest_create = cls(
            organisation_id=organisation_id,
            message=message,
        )

        return interest_create
