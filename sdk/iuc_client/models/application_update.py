from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationUpdate")


@_attrs_define
class ApplicationUpdate:
    """Fields to change; absent fields stay as they are (none of them can be null).

    Attributes:
        member_city_ids (list[str] | Unset):
        planned_cooperation_months (int | Unset):
        summary (str | Unset):
        themes (list[str] | Unset):
        title (str | Unset):
    """

    member_city_ids: list[str] | Unset = UNSET
    planned_cooperation_months: int | Unset = UNSET
    summary: str | Unset = UNSET
    themes: list[str] | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        member_city_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_city_ids, Unset):
            member_city_ids = self.member_city_ids

        planned_cooperation_months = self.planned_cooperation_months

        summary = self.summary

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if member_city_ids is not UNSET:
            field_dict["member_city_ids"] = member_city_ids
        if planned_cooperation_months is not UNSET:
            field_dict["planned_cooperation_months"] = planned_cooperation_months
        if summary is not UNSET:
            field_dict["summary"] = summary
        if themes is not UNSET:
            field_dict["themes"] = themes
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_city_ids = cast(list[str], d.pop("member_city_ids", UNSET))

        planned_cooperation_months = d.pop("planned_cooperation_months", UNSET)

        summary = d.pop("summary", UNSET)

        themes = cast(list[str], d.pop("themes", UNSET))

        title = d.pop("title", UNSET)

        application_update = cls(
            member_city_ids=member_city_ids,
            planned_cooperation_months=planned_cooperation_months,
            summary=summary,
            themes=themes,
            title=title,
        )

        return application_update
