from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.covenant_summary_by_badge import CovenantSummaryByBadge
    from ..models.covenant_summary_by_regional_covenant import CovenantSummaryByRegionalCovenant
    from ..models.covenant_summary_by_status import CovenantSummaryByStatus


T = TypeVar("T", bound="CovenantSummary")


@_attrs_define
class CovenantSummary:
    """
    Attributes:
        by_badge (CovenantSummaryByBadge):
        by_regional_covenant (CovenantSummaryByRegionalCovenant):
        by_status (CovenantSummaryByStatus):
        emissions_baseline_tco2e (float): Baseline emissions of the signatories that also report monitoring.
        emissions_latest_monitoring_tco2e (float): The same signatories' latest monitoring emissions.
        signatories (int):
    """

    by_badge: CovenantSummaryByBadge
    by_regional_covenant: CovenantSummaryByRegionalCovenant
    by_status: CovenantSummaryByStatus
    emissions_baseline_tco2e: float
    emissions_latest_monitoring_tco2e: float
    signatories: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_badge = self.by_badge.to_dict()

        by_regional_covenant = self.by_regional_covenant.to_dict()

        by_status = self.by_status.to_dict()

        emissions_baseline_tco2e = self.emissions_baseline_tco2e

        emissions_latest_monitoring_tco2e = self.emissions_latest_monitoring_tco2e

        signatories = self.signatories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_badge": by_badge,
                "by_regional_covenant": by_regional_covenant,
                "by_status": by_status,
                "emissions_baseline_tco2e": emissions_baseline_tco2e,
                "emissions_latest_monitoring_tco2e": emissions_latest_monitoring_tco2e,
                "signatories": signatories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.covenant_summary_by_badge import CovenantSummaryByBadge  # noqa: PLC0415
        from ..models.covenant_summary_by_regional_covenant import CovenantSummaryByRegionalCovenant  # noqa: PLC0415
        from ..models.covenant_summary_by_status import CovenantSummaryByStatus  # noqa: PLC0415

        d = dict(src_dict)
        by_badge = CovenantSummaryByBadge.from_dict(d.pop("by_badge"))

        by_regional_covenant = CovenantSummaryByRegionalCovenant.from_dict(d.pop("by_regional_covenant"))

        by_status = CovenantSummaryByStatus.from_dict(d.pop("by_status"))

        emissions_baseline_tco2e = d.pop("emissions_baseline_tco2e")

        emissions_latest_monitoring_tco2e = d.pop("emissions_latest_monitoring_tco2e")

        signatories = d.pop("signatories")

        covenant_summary = cls(
            by_badge=by_badge,
            by_regional_covenant=by_regional_covenant,
            by_status=by_status,
            emissions_baseline_tco2e=emissions_baseline_tco2e,
            emissions_latest_monitoring_tco2e=emissions_latest_monitoring_tco2e,
            signatories=signatories,
        )

        covenant_summary.additional_properties = d
        return covenant_summary

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
