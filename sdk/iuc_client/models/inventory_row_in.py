from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.emission_scope import EmissionScope
from ..models.factor_type import FactorType
from ..models.sector import Sector
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryRowIn")


@_attrs_define
class InventoryRowIn:
    """
    Attributes:
        emissions_tco2e (float):
        scope (EmissionScope):
        sector (Sector):
        activity_mwh (float | None | Unset):
        factor_type (FactorType | Unset):
    """

    emissions_tco2e: float
    scope: EmissionScope
    sector: Sector
    activity_mwh: float | None | Unset = UNSET
    factor_type: FactorType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        emissions_tco2e = self.emissions_tco2e

        scope = self.scope.value

        sector = self.sector.value

        activity_mwh: float | None | Unset
        if isinstance(self.activity_mwh, Unset):
            activity_mwh = UNSET
        else:
            activity_mwh = self.activity_mwh

        factor_type: str | Unset = UNSET
        if not isinstance(self.factor_type, Unset):
            factor_type = self.factor_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "emissions_tco2e": emissions_tco2e,
                "scope": scope,
                "sector": sector,
            }
        )
        if activity_mwh is not UNSET:
            field_dict["activity_mwh"] = activity_mwh
        if factor_type is not UNSET:
            field_dict["factor_type"] = factor_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emissions_tco2e = d.pop("emissions_tco2e")

        scope = EmissionScope(d.pop("scope"))

        sector = Sector(d.pop("sector"))

        def _parse_activity_mwh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        activity_mwh = _parse_activity_mwh(d.pop("activity_mwh", UNSET))

        _factor_type = d.pop("factor_type", UNSET)
        factor_type: FactorType | Unset
        if isinstance(_factor_type, Unset):
            factor_type = UNSET
        else:
            factor_type = FactorType(_factor_type)

        inventory_row_in = cls(
            emissions_tco2e=emissions_tco2e,
            scope=scope,
            sector=sector,
            activity_mwh=activity_mwh,
            factor_type=factor_type,
        )

        return inventory_row_in
