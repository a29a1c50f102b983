from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.party_kind import PartyKind
from ..models.solver import Solver
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.round_create_country_quotas_type_0 import RoundCreateCountryQuotasType0
    from ..models.round_create_preferences import RoundCreatePreferences
    from ..models.round_create_region_quotas_type_0 import RoundCreateRegionQuotasType0
    from ..models.round_create_weights_type_0 import RoundCreateWeightsType0


T = TypeVar("T", bound="RoundCreate")


@_attrs_define
class RoundCreate:
    """
    Attributes:
        call_id (str):
        country_quotas (None | RoundCreateCountryQuotasType0 | Unset): Overrides the call's country_quotas ({}: none).
        party_kind (PartyKind | Unset): Who is paired: cities (Components I and II) or regions (Component III).
        preferences (RoundCreatePreferences | Unset): stable solver: a party's own ranked partner ids (others follow by
            score).
        quota (int | None | Unset): Overrides the call's quota.
        region_quotas (None | RoundCreateRegionQuotasType0 | Unset): Overrides the call's region_quotas ({}: none).
        solver (Solver | Unset):
        weights (None | RoundCreateWeightsType0 | Unset): Overrides the call's weights.
    """

    call_id: str
    country_quotas: None | RoundCreateCountryQuotasType0 | Unset = UNSET
    party_kind: PartyKind | Unset = UNSET
    preferences: RoundCreatePreferences | Unset = UNSET
    quota: int | None | Unset = UNSET
    region_quotas: None | RoundCreateRegionQuotasType0 | Unset = UNSET
    solver: Solver | Unset = UNSET
    weights: None | RoundCreateWeightsType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.round_create_country_quotas_type_0 import RoundCreateCountryQuotasType0  # noqa: PLC0415
        from ..models.round_create_region_quotas_type_0 import RoundCreateRegionQuotasType0  # noqa: PLC0415
        from ..models.round_create_weights_type_0 import RoundCreateWeightsType0  # noqa: PLC0415

        call_id = self.call_id

        country_quotas: dict[str, Any] | None | Unset
        if isinstance(self.country_quotas, Unset):
            country_quotas = UNSET
        elif isinstance(self.country_quotas, RoundCreateCountryQuotasType0):
            country_quotas = self.country_quotas.to_dict()
        else:
            country_quotas = self.country_quotas

        party_kind: str | Unset = UNSET
        if not isinstance(self.party_kind, Unset):
            party_kind = self.party_kind.value

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        region_quotas: dict[str, Any] | None | Unset
        if isinstance(self.region_quotas, Unset):
            region_quotas = UNSET
        elif isinstance(self.region_quotas, RoundCreateRegionQuotasType0):
            region_quotas = self.region_quotas.to_dict()
        else:
            region_quotas = self.region_quotas

        solver: str | Unset = UNSET
        if not isinstance(self.solver, Unset):
            solver = self.solver.value

        weights: dict[str, Any] | None | Unset
        if isinstance(self.weights, Unset):
            weights = UNSET
        elif isinstance(self.weights, RoundCreateWeightsType0):
            weights = self.weights.to_dict()
        else:
            weights = self.weights

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "call_id": call_id,
            }
        )
        if country_quotas is not UNSET:
            field_dict["country_quotas"] = country_quotas
        if party_kind is not UNSET:
            field_dict["party_kind"] = party_kind
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if quota is not UNSET:
            field_dict["quota"] = quota
        if region_quotas is not UNSET:
            field_dict["region_quotas"] = region_quotas
        if solver is not UNSET:
            field_dict["solver"] = solver
        if weights is not UNSET:
            field_dict["weights"] = weights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.round_create_country_quotas_type_0 import RoundCreateCountryQuotasType0  # noqa: PLC0415
        from ..models.round_create_preferences import RoundCreatePreferences  # noqa: PLC0415
        from ..models.round_create_region_quotas_type_0 import RoundCreateRegionQuotasType0  # noqa: PLC0415
        from ..models.round_create_weights_type_0 import RoundCreateWeightsType0  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        def _parse_country_quotas(data: object) -> None | RoundCreateCountryQuotasType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_quotas_type_0 = RoundCreateCountryQuotasType0.from_dict(data)

                return country_quotas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoundCreateCountryQuotasType0 | Unset, data)

        country_quotas = _parse_country_quotas(d.pop("country_quotas", UNSET))

        _party_kind = d.pop("party_kind", UNSET)
        party_kind: PartyKind | Unset
        if isinstance(_party_kind, Unset):
            party_kind = UNSET
        else:
            party_kind = PartyKind(_party_kind)

        _preferences = d.pop("preferences", UNSET)
        preferences: RoundCreatePreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = RoundCreatePreferences.from_dict(_preferences)

        def _parse_quota(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota = _parse_quota(d.pop("quota", UNSET))

        def _parse_region_quotas(data: object) -> None | RoundCreateRegionQuotasType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                region_quotas_type_0 = RoundCreateRegionQuotasType0.from_dict(data)

                return region_quotas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoundCreateRegionQuotasType0 | Unset, data)

        region_quotas = _parse_region_quotas(d.pop("region_quotas", UNSET))

        _solver = d.pop("solver", UNSET)
        solver: Solver | Unset
        if isinstance(_solver, Unset):
            solver = UNSET
        else:
            solver = Solver(_solver)

        def _parse_weights(data: object) -> None | RoundCreateWeightsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weights_type_0 = RoundCreateWeightsType0.from_dict(data)

                return weights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoundCreateWeightsType0 | Unset, data)

        weights = _parse_weights(d.pop("weights", UNSET))

        round_create = cls(
            call_id=call_id,
            country_quotas=country_quotas,
            party_kind=party_kind,
            preferences=preferences,
            quota=quota,
            region_quotas=region_quotas,
            solver=solver,
            weights=weights,
        )

        return round_create
