from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallSettingsReadCountryQuotas")


@_attrs_define
class CallSettingsReadCountryQuotas:
    """The most pairings a round proposes per country. A pairing counts against the quota of the world region (country) of
    each of its two parties; the two sides of a call never share a region, so it counts once against any quota: with the
    default sides (EU x the rest of the world), a quota of a non-EU region or country caps the pairs whose non-EU party
    is there, a quota of 'eu' or of an EU country those whose EU party is. Locked pairs count against the quotas too.

    """

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_settings_read_country_quotas = cls()

        call_settings_read_country_quotas.additional_properties = d
        return call_settings_read_country_quotas

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
