from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeasurementRead")


@_attrs_define
class MeasurementRead:
    """
    Attributes:
        created_at (datetime.datetime):
        data_source (str):
        id (str):
        on (datetime.date):
        recorded_by (str):
        value (float):
    """

    created_at: datetime.datetime
    data_source: str
    id: str
    on: datetime.date
    recorded_by: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        data_source = self.data_source

        id = self.id

        on = self.on.isoformat()

        recorded_by = self.recorded_by

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "data_source": data_source,
                "id": id,
                "on": on,
                "recorded_by": recorded_by,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data_source = d.pop("data_source")

        id = d.pop("id")

        on = datetime.date.fromisoformat(d.pop("on"))

        recorded_by = d.pop("recorded_by")

        value = d.pop("value")

        measurement_read = cls(
            created_at=created_at,
            data_source=data_source,
            id=id,
            on=on,
            recorded_by=recorded_by,
            value=value,
        )

        measurement_read.additional_properties = d
        return measurement_read

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
