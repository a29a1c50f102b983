from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.call_settings_read_weights import CallSettingsReadWeights


T = TypeVar("T", bound="CallSettingsRead")


@_attrs_define
class CallSettingsRead:
    """
    Attributes:
        call_id (str):
        is_default (bool):
        min_cooperation_months (int):
        proposal_expiry_days (int):
        quota (int):
        side_a_regions (list[str]):
        side_b_regions (list[str]):
        version (int):
        weights (CallSettingsReadWeights):
    """

    call_id: str
    is_default: bool
    min_cooperation_months: int
    proposal_expiry_days: int
    quota: int
    side_a_regions: list[str]
    side_b_regions: list[str]
    version: int
    weights: CallSettingsReadWeights
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        is_default = self.is_default

        min_cooperation_months = self.min_cooperation_months

        proposal_expiry_days = self.proposal_expiry_days

        quota = self.quota

        side_a_regions = self.side_a_regions

        side_b_regions = self.side_b_regions

        version = self.version

        weights = self.weights.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "is_default": is_default,
                "min_cooperation_months": min_cooperation_months,
                "proposal_expiry_days": proposal_expiry_days,
                "quota": quota,
                "side_a_regions": side_a_regions,
                "side_b_regions": side_b_regions,
                "version": version,
                "weights": weights,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_settings_read_weights import CallSettingsReadWeights  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        is_default = d.pop("is_default")

        min_cooperation_months = d.pop("min_cooperation_months")

        proposal_expiry_days = d.pop("proposal_expiry_days")

        quota = d.pop("quota")

        side_a_regions = cast(list[str], d.pop("side_a_regions"))

        side_b_regions = cast(list[str], d.pop("side_b_regions"))

        version = d.pop("version")

        weights = CallSettingsReadWeights.from_dict(d.pop("weights"))

        call_settings_read = cls(
            call_id=call_id,
            is_default=is_default,
            min_cooperation_months=min_cooperation_months,
            proposal_expiry_days=proposal_expiry_days,
            quota=quota,
            side_a_regions=side_a_regions,
            side_b_regions=side_b_regions,
            version=version,
            weights=weights,
        )

        call_settings_read.additional_properties = d
        return call_settings_read

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
