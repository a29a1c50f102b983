from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.emission_scope import EmissionScope
from ..models.factor_type import FactorType
from ..models.inventory_row_in_carrier_type_0 import InventoryRowInCarrierType0
from ..models.inventory_row_in_sector import InventoryRowInSector
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryRowIn")


@_attrs_define
class InventoryRowIn:
    """
    Attributes:
        scope (EmissionScope):
        sector (InventoryRowInSector): A SEAP sector or a CRF sector.
        activity_mwh (float | None | Unset):
        carrier (InventoryRowInCarrierType0 | None | Unset): The CRF's energy carrier of the line's activity.
        emission_factor (float | None | Unset): tCO2e per MWh of the carrier.
        emissions_tco2e (float | None | Unset): Defaults to activity_mwh x emission_factor.
        factor_type (FactorType | Unset):
    """

    scope: EmissionScope
    sector: InventoryRowInSector
    activity_mwh: float | None | Unset = UNSET
    carrier: InventoryRowInCarrierType0 | None | Unset = UNSET
    emission_factor: float | None | Unset = UNSET
    emissions_tco2e: float | None | Unset = UNSET
    factor_type: FactorType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope.value

        sector = self.sector.value

        activity_mwh: float | None | Unset
        if isinstance(self.activity_mwh, Unset):
            activity_mwh = UNSET
        else:
            activity_mwh = self.activity_mwh

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        elif isinstance(self.carrier, InventoryRowInCarrierType0):
            carrier = self.carrier.value
        else:
            carrier = self.carrier

        emission_factor: float | None | Unset
        if isinstance(self.emission_factor, Unset):
            emission_factor = UNSET
        else:
            emission_factor = self.emission_factor

        emissions_tco2e: float | None | Unset
        if isinstance(self.emissions_tco2e, Unset):
            emissions_tco2e = UNSET
        else:
            emissions_tco2e = self.emissions_tco2e

        factor_type: str | Unset = UNSET
        if not isinstance(self.factor_type, Unset):
            factor_type = self.factor_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scope": scope,
                "sector": sector,
            }
        )
        if activity_mwh is not UNSET:
            field_dict["activity_mwh"] = activity_mwh
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if emission_factor is not UNSET:
            field_dict["emission_factor"] = emission_factor
        if emissions_tco2e is not UNSET:
            field_dict["emissions_tco2e"] = emissions_tco2e
        if factor_type is not UNSET:
            field_dict["factor_type"] = factor_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope = EmissionScope(d.pop("scope"))

        sector = InventoryRowInSector(d.pop("sector"))

        def _parse_activity_mwh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        activity_mwh = _parse_activity_mwh(d.pop("activity_mwh", UNSET))

        def _parse_carrier(data: object) -> InventoryRowInCarrierType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_type_0 = InventoryRowInCarrierType0(data)

                return carrier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InventoryRowInCarrierType0 | None | Unset, data)

        carrier = _parse_carrier(d.pop("carrier", UNSET))

        def _parse_emission_factor(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        emission_factor = _parse_emission_factor(d.pop("emission_factor", UNSET))

        def _parse_emissions_tco2e(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        emissions_tco2e = _parse_emissions_tco2e(d.pop("emissions_tco2e", UNSET))

        _factor_type = d.pop("factor_type", UNSET)
        factor_type: FactorType | Unset
        if isinstance(_factor_type, Unset):
            factor_type = UNSET
        else:
            factor_type = FactorType(_factor_type)

        inventory_row_in = cls(
            scope=scope,
            sector=sector,
            activity_mwh=activity_mwh,
            carrier=carrier,
            emission_factor=emission_factor,
            emissions_tco2e=emissions_tco2e,
            factor_type=factor_type,
        )

        return inventory_row_in
