from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organisation_kind import OrganisationKind
from ..models.side import Side
from ..models.size_band import SizeBand
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationRead")


@_attrs_define
class OrganisationRead:
    """
    Attributes:
        country_code (str):
        created_at (datetime.datetime):
        description (str):
        id (str):
        keywords (list[str]):
        kind (OrganisationKind):
        nace_codes (list[str]):
        name (str):
        region_id (str):
        side (Side): The two sides of the Atlantic the component connects.
        size_band (SizeBand): EU SME definition bands (Recommendation 2003/361/EC) by staff headcount.
        updated_at (datetime.datetime):
        version (int):
        website (None | str):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
    """

    country_code: str
    created_at: datetime.datetime
    description: str
    id: str
    keywords: list[str]
    kind: OrganisationKind
    nace_codes: list[str]
    name: str
    region_id: str
    side: Side
    size_band: SizeBand
    updated_at: datetime.datetime
    version: int
    website: None | str
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        keywords = self.keywords

        kind = self.kind.value

        nace_codes = self.nace_codes

        name = self.name

        region_id = self.region_id

        side = self.side.value

        size_band = self.size_band.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        website: None | str
        website = self.website

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "created_at": created_at,
                "description": description,
                "id": id,
                "keywords": keywords,
                "kind": kind,
                "nace_codes": nace_codes,
                "name": name,
                "region_id": region_id,
                "side": side,
                "size_band": size_band,
                "updated_at": updated_at,
                "version": version,
                "website": website,
            }
        )
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        id = d.pop("id")

        keywords = cast(list[str], d.pop("keywords"))

        kind = OrganisationKind(d.pop("kind"))

        nace_codes = cast(list[str], d.pop("nace_codes"))

        name = d.pop("name")

        region_id = d.pop("region_id")

        side = Side(d.pop("side"))

        size_band = SizeBand(d.pop("size_band"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

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

        organisation_read = cls(
            country_code=country_code,
            created_at=created_at,
            description=description,
            id=id,
            keywords=keywords,
            kind=kind,
            nace_codes=nace_codes,
            name=name,
            region_id=region_id,
            side=side,
            size_band=size_band,
            updated_at=updated_at,
            version=version,
            website=website,
            latitude=latitude,
            longitude=longitude,
        )

        organisation_read.additional_properties = d
        return organisation_read

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
