from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KnowledgeFieldChangeRead")


@_attrs_define
class KnowledgeFieldChangeRead:
    """One field the revision changes against the published text.

    Attributes:
        field (str): The field of the practice, e.g. summary or themes.
        published (Any): Its value in the published text (JSON form).
        revised (Any): Its value in the revision (JSON form).
    """

    field: str
    published: Any
    revised: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        published = self.published

        revised = self.revised

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "published": published,
                "revised": revised,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        published = d.pop("published")

        revised = d.pop("revised")

        knowledge_field_change_read = cls(
            field=field,
            published=published,
            revised=revised,
        )

        knowledge_field_change_read.additional_properties = d
        return knowledge_field_change_read

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
