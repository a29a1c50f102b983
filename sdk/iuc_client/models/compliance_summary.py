from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compliance_summary_missing_item import ComplianceSummaryMissingItem


T = TypeVar("T", bound="ComplianceSummary")


@_attrs_define
class ComplianceSummary:
    """
    Attributes:
        assessed_on (datetime.date | None):
        missing (list[ComplianceSummaryMissingItem]):
        next_change_on (datetime.date | None):
    """

    assessed_on: datetime.date | None
    missing: list[ComplianceSummaryMissingItem]
    next_change_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessed_on: None | str
        if isinstance(self.assessed_on, datetime.date):
            assessed_on = self.assessed_on.isoformat()
        else:
            assessed_on = self.assessed_on

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        next_change_on: None | str
        if isinstance(self.next_change_on, datetime.date):
            next_change_on = self.next_change_on.isoformat()
        else:
            next_change_on = self.next_change_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessed_on": assessed_on,
                "missing": missing,
                "next_change_on": next_change_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_summary_missing_item import ComplianceSummaryMissingItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assessed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessed_on_type_0 = datetime.date.fromisoformat(data)

                return assessed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        assessed_on = _parse_assessed_on(d.pop("assessed_on"))

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = ComplianceSummaryMissingItem.from_dict(missing_item_data)

            missing.append(missing_item)

        def _parse_next_change_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_change_on_type_0 = datetime.date.fromisoformat(data)

                return next_change_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_change_on = _parse_next_change_on(d.pop("next_change_on"))

        compliance_summary = cls(
            assessed_on=assessed_on,
            missing=missing,
            next_change_on=next_change_on,
        )

        compliance_summary.additional_properties = d
        return compliance_summary

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
