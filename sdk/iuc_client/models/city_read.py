from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.world_region import WorldRegion

T = TypeVar("T", bound="CityRead")


@_attrs_define
class CityRead:
    """
    Attributes:
        admin1_code (None | str):
        challenges (str):
        country_code (str):
        created_at (datetime.datetime):
        geonames_id (int | None):
        id (str):
        languages (list[str]):
        latitude (float | None):
        longitude (float | None):
        name (str):
        population (int):
        sdgs (list[int]):
        themes (list[str]):
        timezone (None | str):
        updated_at (datetime.datetime):
        version (int):
        world_region (WorldRegion): The programme's world regions, derived from UN M49 and EU membership.
    """

    admin1_code: None | str
    challenges: str
    country_code: str
    created_at: datetime.datetime
    geonames_id: int | None
    id: str
    languages: list[str]
    latitude: float | None
    longitude: float | None
    name: str
    population: int
    sdgs: list[int]
    themes: list[str]
    timezone: None | str
    updated_at: datetime.datetime
    version: int
    world_region: WorldRegion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin1_code: None | str
        admin1_code = self.admin1_code

        challenges = self.challenges

        country_code = self.country_code

        created_at = self.created_at.isoformat()

        geonames_id: int | None
        geonames_id = self.geonames_id

        id = self.id

        languages = self.languages

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        name = self.name

        population = self.population

        sdgs = self.sdgs

        themes = self.themes

        timezone: None | str
        timezone = self.timezone

        updated_at = self.updated_at.isoformat()

        version = self.version

        world_region = self.world_region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin1_code": admin1_code,
                "challenges": challenges,
                "country_code": country_code,
                "created_at": created_at,
                "geonames_id": geonames_id,
                "id": id,
                "languages": languages,
                "latitude": latitude,
                "longitude": longitude,
                "name": name,
                "population": population,
                "sdgs": sdgs,
                "themes": themes,
                "timezone": timezone,
                "updated_at": updated_at,
                "version": version,
                "world_region": world_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_admin1_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        admin1_code = _parse_admin1_code(d.pop("admin1_code"))

        challenges = d.pop("challenges")

        country_code = d.pop("country_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_geonames_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        geonames_id = _parse_geonames_id(d.pop("geonames_id"))

        id = d.pop("id")

        languages = cast(list[str], d.pop("languages"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        name = d.pop("name")

        population = d.pop("population")

        sdgs = cast(list[int], d.pop("sdgs"))

        themes = cast(list[str], d.pop("themes"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        world_region = WorldRegion(d.pop("world_region"))

        city_read = cls(
            admin1_code=admin1_code,
            challenges=challenges,
            country_code=country_code,
            created_at=created_at,
            geonames_id=geonames_id,
            id=id,
            languages=languages,
            latitude=latitude,
            longitude=longitude,
            name=name,
            population=population,
            sdgs=sdgs,
            themes=themes,
            timezone=timezone,
            updated_at=updated_at,
            version=version,
            world_region=world_region,
        )

        city_read.additional_properties = d
        return city_read

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
