from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.application_stats_read_applications_by_call import ApplicationStatsReadApplicationsByCall
    from ..models.application_stats_read_applications_by_state import ApplicationStatsReadApplicationsByState


T = TypeVar("T", bound="ApplicationStatsRead")


@_attrs_define
class ApplicationStatsRead:
    """Counts for dashboards (scope `stats:read`).

    Attributes:
        applications_by_call (ApplicationStatsReadApplicationsByCall): Applications past draft, by call id.
        applications_by_state (ApplicationStatsReadApplicationsByState): Every application by its state, drafts
            included.
        cities (int):
    """

    applications_by_call: ApplicationStatsReadApplicationsByCall
    applications_by_state: ApplicationStatsReadApplicationsByState
    cities: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications_by_call = self.applications_by_call.to_dict()

        applications_by_state = self.applications_by_state.to_dict()

        cities = self.cities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applications_by_call": applications_by_call,
                "applications_by_state": applications_by_state,
                "cities": cities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_stats_read_applications_by_call import ApplicationStatsReadApplicationsByCall  # noqa: PLC0415
        from ..models.application_stats_read_applications_by_state import ApplicationStatsReadApplicationsByState  # noqa: PLC0415

        d = dict(src_dict)
        applications_by_call = ApplicationStatsReadApplicationsByCall.from_dict(d.pop("applications_by_call"))

        applications_by_state = ApplicationStatsReadApplicationsByState.from_dict(d.pop("applications_by_state"))

        cities = d.pop("cities")

        application_stats_read = cls(
            applications_by_call=applications_by_call,
            applications_by_state=applications_by_state,
            cities=cities,
        )

        application_stats_read.additional_properties = d
        return application_stats_read

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
