from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Baseline")


@_attrs_define
class Baseline:
    """
    Attributes:
        on (datetime.date):
        value (float):
    """

    on: datetime.date
    value: float

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        value = d.pop("value")

        baseline = cls(
            on=on,
            value=value,
        )

        return baseline
