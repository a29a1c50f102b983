from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_kind import MetricKind

T = TypeVar("T", bound="MetricRead")


@_attrs_define
class MetricRead:
    """
    Attributes:
        description (str):
        filters (list[str]): The filters a series of this metric takes.
        group_by (list[str]): The dimensions a series may be grouped by.
        kind (MetricKind):
        name (str):
        title (str):
        unit (str):
    """

    description: str
    filters: list[str]
    group_by: list[str]
    kind: MetricKind
    name: str
    title: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        filters = self.filters

        group_by = self.group_by

        kind = self.kind.value

        name = self.name

        title = self.title

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "filters": filters,
                "group_by": group_by,
                "kind": kind,
                "name": name,
                "title": title,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        filters = cast(list[str], d.pop("filters"))

        group_by = cast(list[str], d.pop("group_by"))

        kind = MetricKind(d.pop("kind"))

        name = d.pop("name")

        title = d.pop("title")

        unit = d.pop("unit")

        metric_read = cls(
            description=description,
            filters=filters,
            group_by=group_by,
            kind=kind,
            name=name,
            title=title,
            unit=unit,
        )

        metric_read.additional_properties = d
        return metric_read

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
