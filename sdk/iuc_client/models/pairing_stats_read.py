from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pairing_stats_read_activities_by_kind import PairingStatsReadActivitiesByKind
    from ..models.pairing_stats_read_pairings_by_call import PairingStatsReadPairingsByCall
    from ..models.pairing_stats_read_pairings_by_state import PairingStatsReadPairingsByState


T = TypeVar("T", bound="PairingStatsRead")


@_attrs_define
class PairingStatsRead:
    """Counts for dashboards (scope `stats:read`).

    Attributes:
        activities_by_kind (PairingStatsReadActivitiesByKind): Cooperation activities held, by kind.
        pairings_by_call (PairingStatsReadPairingsByCall):
        pairings_by_state (PairingStatsReadPairingsByState): Every pairing by its state (proposals superseded or expired
            too).
    """

    activities_by_kind: PairingStatsReadActivitiesByKind
    pairings_by_call: PairingStatsReadPairingsByCall
    pairings_by_state: PairingStatsReadPairingsByState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activities_by_kind = self.activities_by_kind.to_dict()

        pairings_by_call = self.pairings_by_call.to_dict()

        pairings_by_state = self.pairings_by_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activities_by_kind": activities_by_kind,
                "pairings_by_call": pairings_by_call,
                "pairings_by_state": pairings_by_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pairing_stats_read_activities_by_kind import PairingStatsReadActivitiesByKind  # noqa: PLC0415
        from ..models.pairing_stats_read_pairings_by_call import PairingStatsReadPairingsByCall  # noqa: PLC0415
        from ..models.pairing_stats_read_pairings_by_state import PairingStatsReadPairingsByState  # noqa: PLC0415

        d = dict(src_dict)
        activities_by_kind = PairingStatsReadActivitiesByKind.from_dict(d.pop("activities_by_kind"))

        pairings_by_call = PairingStatsReadPairingsByCall.from_dict(d.pop("pairings_by_call"))

        pairings_by_state = PairingStatsReadPairingsByState.from_dict(d.pop("pairings_by_state"))

        pairing_stats_read = cls(
            activities_by_kind=activities_by_kind,
            pairings_by_call=pairings_by_call,
            pairings_by_state=pairings_by_state,
        )

        pairing_stats_read.additional_properties = d
        return pairing_stats_read

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
