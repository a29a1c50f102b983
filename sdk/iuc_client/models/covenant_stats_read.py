from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.covenant_stats_read_by_badge import CovenantStatsReadByBadge
    from ..models.covenant_stats_read_by_country import CovenantStatsReadByCountry
    from ..models.covenant_stats_read_by_generation import CovenantStatsReadByGeneration
    from ..models.covenant_stats_read_by_regional_covenant import CovenantStatsReadByRegionalCovenant
    from ..models.covenant_stats_read_by_status import CovenantStatsReadByStatus


T = TypeVar("T", bound="CovenantStatsRead")


@_attrs_define
class CovenantStatsRead:
    """
    Attributes:
        by_badge (CovenantStatsReadByBadge):
        by_country (CovenantStatsReadByCountry):
        by_generation (CovenantStatsReadByGeneration):
        by_regional_covenant (CovenantStatsReadByRegionalCovenant):
        by_status (CovenantStatsReadByStatus):
        total (int):
    """

    by_badge: CovenantStatsReadByBadge
    by_country: CovenantStatsReadByCountry
    by_generation: CovenantStatsReadByGeneration
    by_regional_covenant: CovenantStatsReadByRegionalCovenant
    by_status: CovenantStatsReadByStatus
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_badge = self.by_badge.to_dict()

        by_country = self.by_country.to_dict()

        by_generation = self.by_generation.to_dict()

        by_regional_covenant = self.by_regional_covenant.to_dict()

        by_status = self.by_status.to_dict()

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_badge": by_badge,
                "by_country": by_country,
                "by_generation": by_generation,
                "by_regional_covenant": by_regional_covenant,
                "by_status": by_status,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.covenant_stats_read_by_badge import CovenantStatsReadByBadge  # noqa: PLC0415
        from ..models.covenant_stats_read_by_country import CovenantStatsReadByCountry  # noqa: PLC0415
        from ..models.covenant_stats_read_by_generation import CovenantStatsReadByGeneration  # noqa: PLC0415
        from ..models.covenant_stats_read_by_regional_covenant import CovenantStatsReadByRegionalCovenant  # noqa: PLC0415
        from ..models.covenant_stats_read_by_status import CovenantStatsReadByStatus  # noqa: PLC0415

        d = dict(src_dict)
        by_badge = CovenantStatsReadByBadge.from_dict(d.pop("by_badge"))

        by_country = CovenantStatsReadByCountry.from_dict(d.pop("by_country"))

        by_generation = CovenantStatsReadByGeneration.from_dict(d.pop("by_generation"))

        by_regional_covenant = CovenantStatsReadByRegionalCovenant.from_dict(d.pop("by_regional_covenant"))

        by_status = CovenantStatsReadByStatus.from_dict(d.pop("by_status"))

        total = d.pop("total")

        covenant_stats_read = cls(
            by_badge=by_badge,
            by_country=by_country,
            by_generation=by_generation,
            by_regional_covenant=by_regional_covenant,
            by_status=by_status,
            total=total,
        )

        covenant_stats_read.additional_properties = d
        return covenant_stats_read

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
