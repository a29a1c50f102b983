from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InterestRead")


@_attrs_define
class InterestRead:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        match_id (str):
        message (str):
        organisation_id (None | str): null while that organisation is anonymous to the caller (until it accepts the
            caller's interest).
    """

    created_at: datetime.datetime
    id: str
    match_id: str
    message: str
    organisation_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        match_id = self.match_id

        message = self.message

        organisation_id: None | str
        organisation_id = self.organisation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "match_id": match_id,
                "message": message,
                "organisation_id": organisation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        match_id = d.pop("match_id")

        message = d.pop("message")

        def _parse_organisation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id"))

        interest_read = cls(
            created_at=created_at,
            id=id,
            match_id=match_id,
            message=message,
            organisation_id=organisation_id,
        )

        interest_read.additional_properties = d
        return interest_read

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
