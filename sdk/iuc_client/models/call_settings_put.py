from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.world_region import WorldRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_settings_put_country_quotas import CallSettingsPutCountryQuotas
    from ..models.call_settings_put_region_quotas import CallSettingsPutRegionQuotas
    from ..models.call_settings_put_weights import CallSettingsPutWeights


T = TypeVar("T", bound="CallSettingsPut")


@_attrs_define
class CallSettingsPut:
    """
    Attributes:
        country_quotas (CallSettingsPutCountryQuotas | Unset): The most pairings a round proposes with a party of each
            country (ISO 3166-1 alpha-2). A pairing counts against the quota of the world region (country) of each of its
            two parties; the two sides of a call never share a region, so it counts once against any quota: with the default
            sides (EU x the rest of the world), a quota of a non-EU region or country caps the pairs whose non-EU party is
            there, a quota of 'eu' or of an EU country those whose EU party is. Locked pairs count against the quotas too.
        min_cooperation_months (int | None | Unset): The months a pairing cooperates before it completes (earlier only
            by an admin, with a reason). Absent or null: the call's own min_cooperation_months (from its accepted
            applications), else the programme's 18; fewer than that answers 422 with the rule min_cooperation_months.
        proposal_expiry_days (int | Unset):  Default: 14.
        quota (int | Unset): The most pairs per party. Default: 1.
        region_quotas (CallSettingsPutRegionQuotas | Unset): The most pairings a round proposes with a party of each
            world region. A pairing counts against the quota of the world region (country) of each of its two parties; the
            two sides of a call never share a region, so it counts once against any quota: with the default sides (EU x the
            rest of the world), a quota of a non-EU region or country caps the pairs whose non-EU party is there, a quota of
            'eu' or of an EU country those whose EU party is. Locked pairs count against the quotas too.
        side_a_regions (list[WorldRegion] | Unset):
        side_b_regions (list[WorldRegion] | None | Unset): Default: every region not on side a.
        weights (CallSettingsPutWeights | Unset): Per dimension: themes, sdgs, challenges, population, languages.
    """

    country_quotas: CallSettingsPutCountryQuotas | Unset = UNSET
    min_cooperation_months: int | None | Unset = UNSET
    proposal_expiry_days: int | Unset = 14
    quota: int | Unset = 1
    region_quotas: CallSettingsPutRegionQuotas | Unset = UNSET
    side_a_regions: list[WorldRegion] | Unset = UNSET
    side_b_regions: list[WorldRegion] | None | Unset = UNSET
    weights: CallSettingsPutWeights | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country_quotas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_quotas, Unset):
            country_quotas = self.country_quotas.to_dict()

        min_cooperation_months: int | None | Unset
        if isinstance(self.min_cooperation_months, Unset):
            min_cooperation_months = UNSET
        else:
            min_cooperation_months = self.min_cooperation_months

        proposal_expiry_days = self.proposal_expiry_days

        quota = self.quota

        region_quotas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region_quotas, Unset):
            region_quotas = self.region_quotas.to_dict()

        side_a_regions: list[str] | Unset = UNSET
        if not isinstance(self.side_a_regions, Unset):
            side_a_regions = []
            for side_a_regions_item_data in self.side_a_regions:
                side_a_regions_item = side_a_regions_item_data.value
                side_a_regions.append(side_a_regions_item)

        side_b_regions: list[str] | None | Unset
        if isinstance(self.side_b_regions, Unset):
            side_b_regions = UNSET
        elif isinstance(self.side_b_regions, list):
            side_b_regions = []
            for side_b_regions_type_0_item_data in self.side_b_regions:
                side_b_regions_type_0_item = side_b_regions_type_0_item_data.value
                side_b_regions.append(side_b_regions_type_0_item)

        else:
            side_b_regions = self.side_b_regions

        weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if country_quotas is not UNSET:
            field_dict["country_quotas"] = country_quotas
        if min_cooperation_months is not UNSET:
            field_dict["min_cooperation_months"] = min_cooperation_months
        if proposal_expiry_days is not UNSET:
            field_dict["proposal_expiry_days"] = proposal_expiry_days
        if quota is not UNSET:
            field_dict["quota"] = quota
        if region_quotas is not UNSET:
            field_dict["region_quotas"] = region_quotas
        if side_a_regions is not UNSET:
            field_dict["side_a_regions"] = side_a_regions
        if side_b_regions is not UNSET:
            field_dict["side_b_regions"] = side_b_regions
        if weights is not UNSET:
            field_dict["weights"] = weights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_settings_put_country_quotas import CallSettingsPutCountryQuotas  # noqa: PLC0415
        from ..models.call_settings_put_region_quotas import CallSettingsPutRegionQuotas  # noqa: PLC0415
        from ..models.call_settings_put_weights import CallSettingsPutWeights  # noqa: PLC0415

        d = dict(src_dict)
        _country_quotas = d.pop("country_quotas", UNSET)
        country_quotas: CallSettingsPutCountryQuotas | Unset
        if isinstance(_country_quotas, Unset):
            country_quotas = UNSET
        else:
            country_quotas = CallSettingsPutCountryQuotas.from_dict(_country_quotas)

        def _parse_min_cooperation_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_cooperation_months = _parse_min_cooperation_months(d.pop("min_cooperation_months", UNSET))

        proposal_expiry_days = d.pop("proposal_expiry_days", UNSET)

        quota = d.pop("quota", UNSET)

        _region_quotas = d.pop("region_quotas", UNSET)
        region_quotas: CallSettingsPutRegionQuotas | Unset
        if isinstance(_region_quotas, Unset):
            region_quotas = UNSET
        else:
            region_quotas = CallSettingsPutRegionQuotas.from_dict(_region_quotas)

        _side_a_regions = d.pop("side_a_regions", UNSET)
        side_a_regions: list[WorldRegion] | Unset = UNSET
        if _side_a_regions is not UNSET:
            side_a_regions = []
            for side_a_regions_item_data in _side_a_regions:
                side_a_regions_item = WorldRegion(side_a_regions_item_data)

                side_a_regions.append(side_a_regions_item)

        def _parse_side_b_regions(data: object) -> list[WorldRegion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                side_b_regions_type_0 = []
                _side_b_regions_type_0 = data
                for side_b_regions_type_0_item_data in _side_b_regions_type_0:
                    side_b_regions_type_0_item = WorldRegion(side_b_regions_type_0_item_data)

                    side_b_regions_type_0.append(side_b_regions_type_0_item)

                return side_b_regions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorldRegion] | None | Unset, data)

        side_b_regions = _parse_side_b_regions(d.pop("side_b_regions", UNSET))

        _weights = d.pop("weights", UNSET)
        weights: CallSettingsPutWeights | Unset
        if isinstance(_weights, Unset):
            weights = UNSET
        else:
            weights = CallSettingsPutWeights.from_dict(_weights)

        call_settings_put = cls(
            country_quotas=country_quotas,
            min_cooperation_months=min_cooperation_months,
            proposal_expiry_days=proposal_expiry_days,
            quota=quota,
            region_quotas=region_quotas,
            side_a_regions=side_a_regions,
            side_b_regions=side_b_regions,
            weights=weights,
        )

        return call_settings_put
