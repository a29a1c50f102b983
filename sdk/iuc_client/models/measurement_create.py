from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MeasurementCreate")


@_attrs_define
class MeasurementCreate:
    """
    Attributes:
        data_source (str): Where the value comes from (a survey, a meter, a statistics office).
        on (datetime.date):
        value (float):
    """

    data_source: str
    on: datetime.date
    value: float

    def to_dict(self) -> dict[str, Any]:
        data_source = self.data_source

        on = self.on.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_source": data_source,
                "on": on,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_source = d.pop("data_source")

        on = datetime.date.fromisoformat(d.pop("on"))

        value = d.pop("value")

        measurement_create = cls(
            data_source=data_source,
            on=on,
            value=value,
        )

        return measurement_create
