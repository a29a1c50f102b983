from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.knowledge_summary_by_theme import KnowledgeSummaryByTheme


T = TypeVar("T", bound="KnowledgeSummary")


@_attrs_define
class KnowledgeSummary:
    """
    Attributes:
        by_theme (KnowledgeSummaryByTheme):
        practices_published (int):
    """

    by_theme: KnowledgeSummaryByTheme
    practices_published: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_theme = self.by_theme.to_dict()

        practices_published = self.practices_published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_theme": by_theme,
                "practices_published": practices_published,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_summary_by_theme import KnowledgeSummaryByTheme  # noqa: PLC0415

        d = dict(src_dict)
        by_theme = KnowledgeSummaryByTheme.from_dict(d.pop("by_theme"))

        practices_published = d.pop("practices_published")

        knowledge_summary = cls(
            by_theme=by_theme,
            practices_published=practices_published,
        )

        knowledge_summary.additional_properties = d
        return knowledge_summary

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
