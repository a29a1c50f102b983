from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CallSettingsPutCountryQuotas")


@_attrs_define
class CallSettingsPutCountryQuotas:
    """The most pairings a round proposes with a party of each country (ISO 3166-1 alpha-2). A pairing counts against the
    quota of the world region (country) of each of its two parties; the two sides of a call never share a region, so it
    counts once against any quota: with the default sides (EU x the rest of the world), a quota of a non-EU region or
    country caps the pairs whose non-EU party is there, a quota of 'eu' or of an EU country those whose EU party is.
    Locked pairs count against the quotas too.

    """

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        call_settings_put_country_quotas = cls()

        return call_settings_put_country_quotas
