from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_kind import ResourceKind

T = TypeVar("T", bound="ResourceRead")


@_attrs_define
class ResourceRead:
    """
    Attributes:
        created_at (datetime.datetime):
        created_by (str):
        description (str):
        id (str):
        kind (ResourceKind): What a library resource is.
        language (None | str):
        practice_id (None | str):
        sdgs (list[int]):
        sectors (list[str]):
        themes (list[str]):
        title (str):
        updated_at (datetime.datetime):
        url (str):
        version (int):
    """

    created_at: datetime.datetime
    created_by: str
    description: str
    id: str
    kind: ResourceKind
    language: None | str
    practice_id: None | str
    sdgs: list[int]
    sectors: list[str]
    themes: list[str]
    title: str
    updated_at: datetime.datetime
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = self.created_by

        description = self.description

        id = self.id

        kind = self.kind.value

        language: None | str
        language = self.language

        practice_id: None | str
        practice_id = self.practice_id

        sdgs = self.sdgs

        sectors = self.sectors

        themes = self.themes

        title = self.title

        updated_at = self.updated_at.isoformat()

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "description": description,
                "id": id,
                "kind": kind,
                "language": language,
                "practice_id": practice_id,
                "sdgs": sdgs,
                "sectors": sectors,
                "themes": themes,
                "title": title,
                "updated_at": updated_at,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        description = d.pop("description")

        id = d.pop("id")

        kind = ResourceKind(d.pop("kind"))

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        def _parse_practice_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        practice_id = _parse_practice_id(d.pop("practice_id"))

        sdgs = cast(list[int], d.pop("sdgs"))

        sectors = cast(list[str], d.pop("sectors"))

        themes = cast(list[str], d.pop("themes"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        url = d.pop("url")

        version = d.pop("version")

        resource_read = cls(
            created_at=created_at,
            created_by=created_by,
            description=description,
            id=id,
            kind=kind,
            language=language,
            practice_id=practice_id,
            sdgs=sdgs,
            sectors=sectors,
            themes=themes,
            title=title,
            updated_at=updated_at,
            url=url,
            version=version,
        )

        resource_read.additional_properties = d
        return resource_read

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
