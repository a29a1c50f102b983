from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.applications_summary_by_state import ApplicationsSummaryByState


T = TypeVar("T", bound="ApplicationsSummary")


@_attrs_define
class ApplicationsSummary:
    """
    Attributes:
        by_state (ApplicationsSummaryByState):
        total (int):
    """

    by_state: ApplicationsSummaryByState
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_state = self.by_state.to_dict()

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_state": by_state,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applications_summary_by_state import ApplicationsSummaryByState  # noqa: PLC0415

        d = dict(src_dict)
        by_state = ApplicationsSummaryByState.from_dict(d.pop("by_state"))

        total = d.pop("total")

        applications_summary = cls(
            by_state=by_state,
            total=total,
        )

        applications_summary.additional_properties = d
        return applications_summary

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
