from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CityCreate")


@_attrs_define
class CityCreate:
    """
    Attributes:
        country_code (str): ISO 3166-1 alpha-2, e.g. DE, CO.
        name (str):
        population (int): Inhabitants.
        admin1_code (None | str | Unset):
        challenges (str | Unset):  Default: ''.
        geonames_id (int | None | Unset):
        languages (list[str] | None | Unset): ISO 639-1; defaults to the country's languages.
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        sdgs (list[int] | Unset): Sustainable Development Goals, 1-17.
        themes (list[str] | Unset):
    """

    country_code: str
    name: str
    population: int
    admin1_code: None | str | Unset = UNSET
    challenges: str | Unset = ""
    geonames_id: int | None | Unset = UNSET
    languages: list[str] | None | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    sdgs: list[int] | Unset = UNSET
    themes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        name = self.name

        population = self.population

        admin1_code: None | str | Unset
        if isinstance(self.admin1_code, Unset):
            admin1_code = UNSET
        else:
            admin1_code = self.admin1_code

        challenges = self.challenges

        geonames_id: int | None | Unset
        if isinstance(self.geonames_id, Unset):
            geonames_id = UNSET
        else:
            geonames_id = self.geonames_id

        languages: list[str] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = self.languages

        else:
            languages = self.languages

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

        sdgs: list[int] | Unset = UNSET
        if not isinstance(self.sdgs, Unset):
            sdgs = self.sdgs

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country_code": country_code,
                "name": name,
                "population": population,
            }
        )
        if admin1_code is not UNSET:
            field_dict["admin1_code"] = admin1_code
        if challenges is not UNSET:
            field_dict["challenges"] = challenges
        if geonames_id is not UNSET:
            field_dict["geonames_id"] = geonames_id
        if languages is not UNSET:
            field_dict["languages"] = languages
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if sdgs is not UNSET:
            field_dict["sdgs"] = sdgs
        if themes is not UNSET:
            field_dict["themes"] = themes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        name = d.pop("name")

        population = d.pop("population")

        def _parse_admin1_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admin1_code = _parse_admin1_code(d.pop("admin1_code", UNSET))

        challenges = d.pop("challenges", UNSET)

        def _parse_geonames_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        geonames_id = _parse_geonames_id(d.pop("geonames_id", UNSET))

        def _parse_languages(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                languages_type_0 = cast(list[str], data)

                return languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))

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

        sdgs = cast(list[int], d.pop("sdgs", UNSET))

        themes = cast(list[str], d.pop("themes", UNSET))

        city_create = cls(
            country_code=country_code,
            name=name,
            population=population,
            admin1_code=admin1_code,
            challenges=challenges,
            geonames_id=geonames_id,
            languages=languages,
            latitude=latitude,
            longitude=longitude,
            sdgs=sdgs,
            themes=themes,
        )

        return city_create
