from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.party_kind import PartyKind
from ..models.solver import Solver
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.round_create_preferences import RoundCreatePreferences
    from ..models.round_create_weights_type_0 import RoundCreateWeightsType0


T = TypeVar("T", bound="RoundCreate")


@_attrs_define
class RoundCreate:
    """
    Attributes:
        call_id (str):
        party_kind (PartyKind | Unset): Who is paired: cities (Components I and II) or regions (Component III).
        preferences (RoundCreatePreferences | Unset): stable solver: a party's own ranked partner ids (others follow by
            score).
        quota (int | None | Unset): Overrides the call's quota.
        solver (Solver | Unset):
        weights (None | RoundCreateWeightsType0 | Unset): Overrides the call's weights.
    """

    call_id: str
    party_kind: PartyKind | Unset = UNSET
    preferences: RoundCreatePreferences | Unset = UNSET
    quota: int | None | Unset = UNSET
    solver: Solver | Unset = UNSET
    weights: None | RoundCreateWeightsType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.round_create_weights_type_0 import RoundCreateWeightsType0  # noqa: PLC0415

        call_id = self.call_id

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
        if party_kind is not UNSET:
            field_dict["party_kind"] = party_kind
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if quota is not UNSET:
            field_dict["quota"] = quota
        if solver is not UNSET:
            field_dict["solver"] = solver
        if weights is not UNSET:
            field_dict["weights"] = weights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.round_create_preferences import RoundCreatePreferences  # noqa: PLC0415
        from ..models.round_create_weights_type_0 import RoundCreateWeightsType0  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

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
            party_kind=party_kind,
            preferences=preferences,
            quota=quota,
            solver=solver,
            weights=weights,
        )

        return round_create
