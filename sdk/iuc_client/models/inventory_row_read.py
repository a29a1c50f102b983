from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.emission_scope import EmissionScope
from ..models.factor_type import FactorType

T = TypeVar("T", bound="InventoryRowRead")


@_attrs_define
class InventoryRowRead:
    """
    Attributes:
        activity_mwh (float | None): Negative on an imported line that corrects others (the JRC file's).
        carrier (None | str):
        emission_factor (float | None):
        emissions_tco2e (float): Negative on an imported line that corrects others (the JRC file's).
        factor_type (FactorType):
        scope (EmissionScope):
        sector (str): A SEAP sector or a CRF sector.
    """

    activity_mwh: float | None
    carrier: None | str
    emission_factor: float | None
    emissions_tco2e: float
    factor_type: FactorType
    scope: EmissionScope
    sector: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_mwh: float | None
        activity_mwh = self.activity_mwh

        carrier: None | str
        carrier = self.carrier

        emission_factor: float | None
        emission_factor = self.emission_factor

        emissions_tco2e = self.emissions_tco2e

        factor_type = self.factor_type.value

        scope = self.scope.value

        sector = self.sector

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_mwh": activity_mwh,
                "carrier": carrier,
                "emission_factor": emission_factor,
                "emissions_tco2e": emissions_tco2e,
                "factor_type": factor_type,
                "scope": scope,
                "sector": sector,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_activity_mwh(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        activity_mwh = _parse_activity_mwh(d.pop("activity_mwh"))

        def _parse_carrier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        carrier = _parse_carrier(d.pop("carrier"))

        def _parse_emission_factor(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        emission_factor = _parse_emission_factor(d.pop("emission_factor"))

        emissions_tco2e = d.pop("emissions_tco2e")

        factor_type = FactorType(d.pop("factor_type"))

        scope = EmissionScope(d.pop("scope"))

        sector = d.pop("sector")

        inventory_row_read = cls(
            activity_mwh=activity_mwh,
            carrier=carrier,
            emission_factor=emission_factor,
            emissions_tco2e=emissions_tco2e,
            factor_type=factor_type,
            scope=scope,
            sector=sector,
        )

        inventory_row_read.additional_properties = d
        return inventory_row_read

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
