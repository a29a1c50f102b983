from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pillar import Pillar
from ..models.report_kind import ReportKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CovenantReportCreate")


@_attrs_define
class CovenantReportCreate:
    """
    Attributes:
        kind (ReportKind):
        pillars (list[Pillar] | Unset): Pillars covered; empty means every committed pillar.
        submitted_on (datetime.date | None | Unset):
        title (str | Unset):  Default: ''.
    """

    kind: ReportKind
    pillars: list[Pillar] | Unset = UNSET
    submitted_on: datetime.date | None | Unset = UNSET
    title: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        pillars: list[str] | Unset = UNSET
        if not isinstance(self.pillars, Unset):
            pillars = []
            for pillars_item_data in self.pillars:
                pillars_item = pillars_item_data.value
                pillars.append(pillars_item)

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if pillars is not UNSET:
            field_dict["pillars"] = pillars
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ReportKind(d.pop("kind"))

        _pillars = d.pop("pillars", UNSET)
        pillars: list[Pillar] | Unset = UNSET
        if _pillars is not UNSET:
            pillars = []
            for pillars_item_data in _pillars:
                pillars_item = Pillar(pillars_item_data)

                pillars.append(pillars_item)

        def _parse_submitted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on", UNSET))

        title = d.pop("title", UNSET)

        covenant_report_create = cls(
            kind=kind,
            pillars=pillars,
            submitted_on=submitted_on,
            title=title,
        )

        return covenant_report_create
