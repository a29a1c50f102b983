from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceUpdate")


@_attrs_define
class ResourceUpdate:
    """Fields to change; absent fields stay as they are.

    Attributes:
        description (str | Unset):
        language (None | str | Unset):
        sdgs (list[int] | Unset):
        sectors (list[str] | Unset):
        themes (list[str] | Unset):
        title (str | Unset):
        url (str | Unset):
    """

    description: str | Unset = UNSET
    language: None | str | Unset = UNSET
    sdgs: list[int] | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    themes: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        sdgs: list[int] | Unset = UNSET
        if not isinstance(self.sdgs, Unset):
            sdgs = self.sdgs

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = self.sectors

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if sdgs is not UNSET:
            field_dict["sdgs"] = sdgs
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if themes is not UNSET:
            field_dict["themes"] = themes
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        sdgs = cast(list[int], d.pop("sdgs", UNSET))

        sectors = cast(list[str], d.pop("sectors", UNSET))

        themes = cast(list[str], d.pop("themes", UNSET))

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        resource_update = cls(
            description=description,
            language=language,
            sdgs=sdgs,
            sectors=sectors,
            themes=themes,
            title=title,
            url=url,
        )

        return resource_update
