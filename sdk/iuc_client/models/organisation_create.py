from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organisation_kind import OrganisationKind
from ..models.size_band import SizeBand
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationCreate")


@_attrs_define
class OrganisationCreate:
    """
    Attributes:
        kind (OrganisationKind):
        nace_codes (list[str]): NACE Rev. 2 codes: a section (C), division (26), group (26.1) or class (26.11).
        name (str):
        region_id (str): A NUTS 2024 code of the EU (ES51, EL30) or an ISO 3166 code of a Latin American or Caribbean
            country or subdivision (CO, CO-ANT).
        size_band (SizeBand): EU SME definition bands (Recommendation 2003/361/EC) by staff headcount.
        description (str | Unset):  Default: ''.
        keywords (list[str] | Unset):
        latitude (float | None | Unset): WGS 84 degrees.
        longitude (float | None | Unset): WGS 84 degrees.
        website (None | str | Unset):
    """

    kind: OrganisationKind
    nace_codes: list[str]
    name: str
    region_id: str
    size_band: SizeBand
    description: str | Unset = ""
    keywords: list[str] | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    website: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        nace_codes = self.nace_codes

        name = self.name

        region_id = self.region_id

        size_band = self.size_band.value

        description = self.description

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "nace_codes": nace_codes,
                "name": name,
                "region_id": region_id,
                "size_band": size_band,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = OrganisationKind(d.pop("kind"))

        nace_codes = cast(list[str], d.pop("nace_codes"))

        name = d.pop("name")

        region_id = d.pop("region_id")

        size_band = SizeBand(d.pop("size_band"))

        description = d.pop("description", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        organisation_create = cls(
            kind=kind,
            nace_codes=nace_codes,
            name=name,
            region_id=region_id,
            size_band=size_band,
            description=description,
            keywords=keywords,
            latitude=latitude,
            longitude=longitude,
            website=website,
        )

        return organisation_create
