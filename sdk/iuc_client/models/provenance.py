from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.origin import Origin
from ..types import UNSET, Unset

T = TypeVar("T", bound="Provenance")


@_attrs_define
class Provenance:
    """Who or what created the practice, and from which event.

    Attributes:
        created_by (str): The API key id, or the consumer that harvested it.
        created_by_role (str):
        origin (Origin): How a practice came in: typed in through the API, or harvested from an event.
        event_id (None | str | Unset):
        event_source (None | str | Unset):
        event_type (None | str | Unset):
        harvest_notes (list[str] | Unset):
        harvested_from (None | str | Unset): The source the draft was harvested from, e.g. action_plans/action/<id>.
    """

    created_by: str
    created_by_role: str
    origin: Origin
    event_id: None | str | Unset = UNSET
    event_source: None | str | Unset = UNSET
    event_type: None | str | Unset = UNSET
    harvest_notes: list[str] | Unset = UNSET
    harvested_from: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_by = self.created_by

        created_by_role = self.created_by_role

        origin = self.origin.value

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        event_source: None | str | Unset
        if isinstance(self.event_source, Unset):
            event_source = UNSET
        else:
            event_source = self.event_source

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        harvest_notes: list[str] | Unset = UNSET
        if not isinstance(self.harvest_notes, Unset):
            harvest_notes = self.harvest_notes

        harvested_from: None | str | Unset
        if isinstance(self.harvested_from, Unset):
            harvested_from = UNSET
        else:
            harvested_from = self.harvested_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_by": created_by,
                "created_by_role": created_by_role,
                "origin": origin,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if event_source is not UNSET:
            field_dict["event_source"] = event_source
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if harvest_notes is not UNSET:
            field_dict["harvest_notes"] = harvest_notes
        if harvested_from is not UNSET:
            field_dict["harvested_from"] = harvested_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_by = d.pop("created_by")

        created_by_role = d.pop("created_by_role")

        origin = Origin(d.pop("origin"))

        def _parse_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        def _parse_event_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_source = _parse_event_source(d.pop("event_source", UNSET))

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        harvest_notes = cast(list[str], d.pop("harvest_notes", UNSET))

        def _parse_harvested_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        harvested_from = _parse_harvested_from(d.pop("harvested_from", UNSET))

        provenance = cls(
            created_by=created_by,
            created_by_role=created_by_role,
            origin=origin,
            event_id=event_id,
            event_source=event_source,
            event_type=event_type,
            harvest_notes=harvest_notes,
            harvested_from=harvested_from,
        )

        provenance.additional_properties = d
        return provenance

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
