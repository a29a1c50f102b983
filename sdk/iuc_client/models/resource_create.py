from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.resource_kind import ResourceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceCreate")


@_attrs_define
class ResourceCreate:
    """
    Attributes:
        kind (ResourceKind): What a library resource is.
        title (str):
        url (str):
        description (str | Unset):  Default: ''.
        language (None | str | Unset):
        practice_id (None | str | Unset): The practice it documents, if any.
        sdgs (list[int] | Unset):
        sectors (list[str] | Unset):
        themes (list[str] | Unset):
    """

    kind: ResourceKind
    title: str
    url: str
    description: str | Unset = ""
    language: None | str | Unset = UNSET
    practice_id: None | str | Unset = UNSET
    sdgs: list[int] | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    themes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        url = self.url

        description = self.description

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        practice_id: None | str | Unset
        if isinstance(self.practice_id, Unset):
            practice_id = UNSET
        else:
            practice_id = self.practice_id

        sdgs: list[int] | Unset = UNSET
        if not isinstance(self.sdgs, Unset):
            sdgs = self.sdgs

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = self.sectors

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "title": title,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if practice_id is not UNSET:
            field_dict["practice_id"] = practice_id
        if sdgs is not UNSET:
            field_dict["sdgs"] = sdgs
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if themes is not UNSET:
            field_dict["themes"] = themes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ResourceKind(d.pop("kind"))

        title = d.pop("title")

        url = d.pop("url")

        description = d.pop("description", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_practice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        practice_id = _parse_practice_id(d.pop("practice_id", UNSET))

        sdgs = cast(list[int], d.pop("sdgs", UNSET))

        sectors = cast(list[str], d.pop("sectors", UNSET))

        themes = cast(list[str], d.pop("themes", UNSET))

        resource_create = cls(
            kind=kind,
            title=title,
            url=url,
            description=description,
            language=language,
            practice_id=practice_id,
            sdgs=sdgs,
            sectors=sectors,
            themes=themes,
        )

        return resource_create
