from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """
    Attributes:
        call_id (str):
        city_id (str): The applying (lead) city.
        title (str):
        member_city_ids (list[str] | Unset): Other municipalities of a group application.
        planned_cooperation_months (int | Unset):  Default: 18.
        summary (str | Unset):  Default: ''.
        themes (list[str] | Unset):
    """

    call_id: str
    city_id: str
    title: str
    member_city_ids: list[str] | Unset = UNSET
    planned_cooperation_months: int | Unset = 18
    summary: str | Unset = ""
    themes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        city_id = self.city_id

        title = self.title

        member_city_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_city_ids, Unset):
            member_city_ids = self.member_city_ids

        planned_cooperation_months = self.planned_cooperation_months

        summary = self.summary

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "call_id": call_id,
                "city_id": city_id,
                "title": title,
            }
        )
        if member_city_ids is not UNSET:
            field_dict["member_city_ids"] = member_city_ids
        if planned_cooperation_months is not UNSET:
            field_dict["planned_cooperation_months"] = planned_cooperation_months
        if summary is not UNSET:
            field_dict["summary"] = summary
        if themes is not UNSET:
            field_dict["themes"] = themes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        city_id = d.pop("city_id")

        title = d.pop("title")

        member_city_ids = cast(list[str], d.pop("member_city_ids", UNSET))

        planned_cooperation_months = d.pop("planned_cooperation_months", UNSET)

        summary = d.pop("summary", UNSET)

        themes = cast(list[str], d.pop("themes", UNSET))

        application_create = cls(
            call_id=call_id,
            city_id=city_id,
            title=title,
            member_city_ids=member_city_ids,
            planned_cooperation_months=planned_cooperation_months,
            summary=summary,
            themes=themes,
        )

        return application_create
