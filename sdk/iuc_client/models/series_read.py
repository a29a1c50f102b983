from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.series_interval import SeriesInterval

if TYPE_CHECKING:
    from ..models.series_line import SeriesLine


T = TypeVar("T", bound="SeriesRead")


@_attrs_define
class SeriesRead:
    """
    Attributes:
        from_ (datetime.date):
        group_by (None | str):
        interval (SeriesInterval):
        metric (str):
        series (list[SeriesLine]):
        to (datetime.date):
    """

    from_: datetime.date
    group_by: None | str
    interval: SeriesInterval
    metric: str
    series: list[SeriesLine]
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        group_by: None | str
        group_by = self.group_by

        interval = self.interval.value

        metric = self.metric

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "group_by": group_by,
                "interval": interval,
                "metric": metric,
                "series": series,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_line import SeriesLine  # noqa: PLC0415

        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        def _parse_group_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_by = _parse_group_by(d.pop("group_by"))

        interval = SeriesInterval(d.pop("interval"))

        metric = d.pop("metric")

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = SeriesLine.from_dict(series_item_data)

            series.append(series_item)

        to = datetime.date.fromisoformat(d.pop("to"))

        series_read = cls(
            from_=from_,
            group_by=group_by,
            interval=interval,
            metric=metric,
            series=series,
            to=to,
        )

        series_read.additional_properties = d
        return series_read

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
