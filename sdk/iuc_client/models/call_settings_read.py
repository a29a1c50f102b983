from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.call_settings_read_country_quotas import CallSettingsReadCountryQuotas
    from ..models.call_settings_read_region_quotas import CallSettingsReadRegionQuotas
    from ..models.call_settings_read_weights import CallSettingsReadWeights


T = TypeVar("T", bound="CallSettingsRead")


@_attrs_define
class CallSettingsRead:
    """
    Attributes:
        call_id (str):
        country_quotas (CallSettingsReadCountryQuotas): The most pairings a round proposes per country. A pairing counts
            against the quota of the world region (country) of each of its two parties; the two sides of a call never share
            a region, so it counts once against any quota: with the default sides (EU x the rest of the world), a quota of a
            non-EU region or country caps the pairs whose non-EU party is there, a quota of 'eu' or of an EU country those
            whose EU party is. Locked pairs count against the quotas too.
        is_default (bool):
        min_cooperation_months (int):
        proposal_expiry_days (int):
        quota (int):
        region_quotas (CallSettingsReadRegionQuotas): The most pairings a round proposes per world region. A pairing
            counts against the quota of the world region (country) of each of its two parties; the two sides of a call never
            share a region, so it counts once against any quota: with the default sides (EU x the rest of the world), a
            quota of a non-EU region or country caps the pairs whose non-EU party is there, a quota of 'eu' or of an EU
            country those whose EU party is. Locked pairs count against the quotas too.
        side_a_regions (list[str]):
        side_b_regions (list[str]):
        version (int):
        weights (CallSettingsReadWeights):
    """

    call_id: str
    country_quotas: CallSettingsReadCountryQuotas
    is_default: bool
    min_cooperation_months: int
    proposal_expiry_days: int
    quota: int
    region_quotas: CallSettingsReadRegionQuotas
    side_a_regions: list[str]
    side_b_regions: list[str]
    version: int
    weights: CallSettingsReadWeights
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        country_quotas = self.country_quotas.to_dict()

        is_default = self.is_default

        min_cooperation_months = self.min_cooperation_months

        proposal_expiry_days = self.proposal_expiry_days

        quota = self.quota

        region_quotas = self.region_quotas.to_dict()

        side_a_regions = self.side_a_regions

        side_b_regions = self.side_b_regions

        version = self.version

        weights = self.weights.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "country_quotas": country_quotas,
                "is_default": is_default,
                "min_cooperation_months": min_cooperation_months,
                "proposal_expiry_days": proposal_expiry_days,
                "quota": quota,
                "region_quotas": region_quotas,
                "side_a_regions": side_a_regions,
                "side_b_regions": side_b_regions,
                "version": version,
                "weights": weights,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_settings_read_country_quotas import CallSettingsReadCountryQuotas  # noqa: PLC0415
        from ..models.call_settings_read_region_quotas import CallSettingsReadRegionQuotas  # noqa: PLC0415
        from ..models.call_settings_read_weights import CallSettingsReadWeights  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        country_quotas = CallSettingsReadCountryQuotas.from_dict(d.pop("country_quotas"))

        is_default = d.pop("is_default")

        min_cooperation_months = d.pop("min_cooperation_months")

        proposal_expiry_days = d.pop("proposal_expiry_days")

        quota = d.pop("quota")

        region_quotas = CallSettingsReadRegionQuotas.from_dict(d.pop("region_quotas"))

        side_a_regions = cast(list[str], d.pop("side_a_regions"))

        side_b_regions = cast(list[str], d.pop("side_b_regions"))

        version = d.pop("version")

        weights = CallSettingsReadWeights.from_dict(d.pop("weights"))

        call_settings_read = cls(
            call_id=call_id,
            country_quotas=country_quotas,
            is_default=is_default,
            min_cooperation_months=min_cooperation_months,
            proposal_expiry_days=proposal_expiry_days,
            quota=quota,
            region_quotas=region_quotas,
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
