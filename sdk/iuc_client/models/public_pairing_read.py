from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_kind import PartyKind
from ..models.public_pairing_read_state import PublicPairingReadState

if TYPE_CHECKING:
    from ..models.party_read import PartyRead
    from ..models.public_activity_read import PublicActivityRead


T = TypeVar("T", bound="PublicPairingRead")


@_attrs_define
class PublicPairingRead:
    """A confirmed or completed pairing as the showcase shows it: who cooperates, on what, and what they did.

    Attributes:
        activities (list[PublicActivityRead]): The activities held, in date order (planned ones are not shown).
        call_id (str):
        completed_at (datetime.datetime | None):
        confirmed_at (datetime.datetime | None):
        id (str):
        parties (list[PartyRead]): The two parties: the side-a party first.
        party_kind (PartyKind): Who is paired: cities (Components I and II) or regions (Component III).
        state (PublicPairingReadState):
        themes (list[str]): The themes both parties applied with; every theme of either when they share none.
    """

    activities: list[PublicActivityRead]
    call_id: str
    completed_at: datetime.datetime | None
    confirmed_at: datetime.datetime | None
    id: str
    parties: list[PartyRead]
    party_kind: PartyKind
    state: PublicPairingReadState
    themes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activities = []
        for activities_item_data in self.activities:
            activities_item = activities_item_data.to_dict()
            activities.append(activities_item)

        call_id = self.call_id

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        confirmed_at: None | str
        if isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        id = self.id

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        party_kind = self.party_kind.value

        state = self.state.value

        themes = self.themes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activities": activities,
                "call_id": call_id,
                "completed_at": completed_at,
                "confirmed_at": confirmed_at,
                "id": id,
                "parties": parties,
                "party_kind": party_kind,
                "state": state,
                "themes": themes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.party_read import PartyRead  # noqa: PLC0415
        from ..models.public_activity_read import PublicActivityRead  # noqa: PLC0415

        d = dict(src_dict)
        activities = []
        _activities = d.pop("activities")
        for activities_item_data in _activities:
            activities_item = PublicActivityRead.from_dict(activities_item_data)

            activities.append(activities_item)

        call_id = d.pop("call_id")

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_confirmed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_at_type_0 = datetime.datetime.fromisoformat(data)

                return confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        confirmed_at = _parse_confirmed_at(d.pop("confirmed_at"))

        id = d.pop("id")

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = PartyRead.from_dict(parties_item_data)

            parties.append(parties_item)

        party_kind = PartyKind(d.pop("party_kind"))

        state = PublicPairingReadState(d.pop("state"))

        themes = cast(list[str], d.pop("themes"))

        public_pairing_read = cls(
            activities=activities,
            call_id=call_id,
            completed_at=completed_at,
            confirmed_at=confirmed_at,
            id=id,
            parties=parties,
            party_kind=party_kind,
            state=state,
            themes=themes,
        )

        public_pairing_read.additional_properties = d
        return public_pairing_read

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
