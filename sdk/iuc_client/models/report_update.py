from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.pillar import Pillar
from ..models.report_kind import ReportKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportUpdate")


@_attrs_define
class ReportUpdate:
    """
    Attributes:
        kind (ReportKind | Unset):
        pillars (list[Pillar] | Unset):
        submitted_on (datetime.date | Unset):
        title (str | Unset):
    """

    kind: ReportKind | Unset = UNSET
    pillars: list[Pillar] | Unset = UNSET
    submitted_on: datetime.date | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        pillars: list[str] | Unset = UNSET
        if not isinstance(self.pillars, Unset):
            pillars = []
            for pillars_item_data in self.pillars:
                pillars_item = pillars_item_data.value
                pillars.append(pillars_item)

        submitted_on: str | Unset = UNSET
        if not isinstance(self.submitted_on, Unset):
            submitted_on = self.submitted_on.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
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
        _kind = d.pop("kind", UNSET)
        kind: ReportKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ReportKind(_kind)

        _pillars = d.pop("pillars", UNSET)
        pillars: list[Pillar] | Unset = UNSET
        if _pillars is not UNSET:
            pillars = []
            for pillars_item_data in _pillars:
                pillars_item = Pillar(pillars_item_data)

                pillars.append(pillars_item)

        _submitted_on = d.pop("submitted_on", UNSET)
        submitted_on: datetime.date | Unset
        if isinstance(_submitted_on, Unset):
            submitted_on = UNSET
        else:
            submitted_on = datetime.date.fromisoformat(_submitted_on)

        title = d.pop("title", UNSET)

        report_update = cls(
            kind=kind,
            pillars=pillars,
            submitted_on=submitted_on,
            title=title,
        )

        return report_update
