from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_state import InvitationState

T = TypeVar("T", bound="ApplicationInvitationRead")


@_attrs_define
class ApplicationInvitationRead:
    """
    Attributes:
        answered_at (datetime.datetime | None):
        answered_by (None | str):
        application_id (str):
        city_id (str): The city invited.
        created_at (datetime.datetime):
        id (str):
        invited_by (str): The key that invited.
        invited_by_city_id (None | str): The lead city that invited; none when the coordination unit did.
        state (InvitationState):
        version (int):
    """

    answered_at: datetime.datetime | None
    answered_by: None | str
    application_id: str
    city_id: str
    created_at: datetime.datetime
    id: str
    invited_by: str
    invited_by_city_id: None | str
    state: InvitationState
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        answered_by: None | str
        answered_by = self.answered_by

        application_id = self.application_id

        city_id = self.city_id

        created_at = self.created_at.isoformat()

        id = self.id

        invited_by = self.invited_by

        invited_by_city_id: None | str
        invited_by_city_id = self.invited_by_city_id

        state = self.state.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered_at": answered_at,
                "answered_by": answered_by,
                "application_id": application_id,
                "city_id": city_id,
                "created_at": created_at,
                "id": id,
                "invited_by": invited_by,
                "invited_by_city_id": invited_by_city_id,
                "state": state,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))

        def _parse_answered_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        answered_by = _parse_answered_by(d.pop("answered_by"))

        application_id = d.pop("application_id")

        city_id = d.pop("city_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        invited_by = d.pop("invited_by")

        def _parse_invited_by_city_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invited_by_city_id = _parse_invited_by_city_id(d.pop("invited_by_city_id"))

        state = InvitationState(d.pop("state"))

        version = d.pop("version")

        application_invitation_read = cls(
            answered_at=answered_at,
            answered_by=answered_by,
            application_id=application_id,
            city_id=city_id,
            created_at=created_at,
            id=id,
            invited_by=invited_by,
            invited_by_city_id=invited_by_city_id,
            state=state,
            version=version,
        )

        application_invitation_read.additional_properties = d
        return application_invitation_read

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
