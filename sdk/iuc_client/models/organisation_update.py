from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.size_band import SizeBand
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationUpdate")


@_attrs_define
class OrganisationUpdate:
    """Fields to change; absent fields stay as they are.

    Attributes:
        description (str | Unset):
        keywords (list[str] | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        nace_codes (list[str] | Unset):
        name (str | Unset):
        size_band (SizeBand | Unset): EU SME definition bands (Recommendation 2003/361/EC) by staff headcount.
        website (None | str | Unset):
    """

    description: str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    nace_codes: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    size_band: SizeBand | Unset = UNSET
    website: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        latitude = self.latitude

        longitude = self.longitude

        nace_codes: list[str] | Unset = UNSET
        if not isinstance(self.nace_codes, Unset):
            nace_codes = self.nace_codes

        name = self.name

        size_band: str | Unset = UNSET
        if not isinstance(self.size_band, Unset):
            size_band = self.size_band.value

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if nace_codes is not UNSET:
            field_dict["nace_codes"] = nace_codes
        if name is not UNSET:
            field_dict["name"] = name
        if size_band is not UNSET:
            field_dict["size_band"] = size_band
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        nace_codes = cast(list[str], d.pop("nace_codes", UNSET))

        name = d.pop("name", UNSET)

        _size_band = d.pop("size_band", UNSET)
        size_band: SizeBand | Unset
        if isinstance(_size_band, Unset):
            size_band = UNSET
        else:
            size_band = SizeBand(_size_band)

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        organisation_update = cls(
            description=description,
            keywords=keywords,
            latitude=latitude,
            longitude=longitude,
            nace_codes=nace_codes,
            name=name,
            size_band=size_band,
            website=website,
        )

        return organisation_update
