from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationUpdate")


@_attrs_define
class ApplicationUpdate:
    """
    Attributes:
        member_city_ids (list[str] | None | Unset):
        planned_cooperation_months (int | None | Unset):
        summary (None | str | Unset):
        themes (list[str] | None | Unset):
        title (None | str | Unset):
    """

    member_city_ids: list[str] | None | Unset = UNSET
    planned_cooperation_months: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    themes: list[str] | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        member_city_ids: list[str] | None | Unset
        if isinstance(self.member_city_ids, Unset):
            member_city_ids = UNSET
        elif isinstance(self.member_city_ids, list):
            member_city_ids = self.member_city_ids

        else:
            member_city_ids = self.member_city_ids

        planned_cooperation_months: int | None | Unset
        if isinstance(self.planned_cooperation_months, Unset):
            planned_cooperation_months = UNSET
        else:
            planned_cooperation_months = self.planned_cooperation_months

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        themes: list[str] | None | Unset
        if isinstance(self.themes, Unset):
            themes = UNSET
        elif isinstance(self.themes, list):
            themes = self.themes

        else:
            themes = self.themes

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
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

        def _parse_member_city_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                member_city_ids_type_0 = cast(list[str], data)

                return member_city_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        member_city_ids = _parse_member_city_ids(d.pop("member_city_ids", UNSET))

        def _parse_planned_cooperation_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        planned_cooperation_months = _parse_planned_cooperation_months(d.pop("planned_cooperation_months", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_themes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                themes_type_0 = cast(list[str], data)

                return themes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        themes = _parse_themes(d.pop("themes", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        application_update = cls(
            member_city_ids=member_city_ids,
            planned_cooperation_months=planned_cooperation_months,
            summary=summary,
            themes=themes,
            title=title,
        )

        return application_update
