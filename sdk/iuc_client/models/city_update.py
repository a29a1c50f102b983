from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CityUpdate")


@_attrs_define
class CityUpdate:
    """Fields to change; absent fields stay as they are.

    Attributes:
        challenges (None | str | Unset):
        languages (list[str] | None | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        name (None | str | Unset):
        population (int | None | Unset):
        sdgs (list[int] | None | Unset):
        themes (list[str] | None | Unset):
    """

    challenges: None | str | Unset = UNSET
    languages: list[str] | None | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    population: int | None | Unset = UNSET
    sdgs: list[int] | None | Unset = UNSET
    themes: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        challenges: None | str | Unset
        if isinstance(self.challenges, Unset):
            challenges = UNSET
        else:
            challenges = self.challenges

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        population: int | None | Unset
        if isinstance(self.population, Unset):
            population = UNSET
        else:
            population = self.population

        sdgs: list[int] | None | Unset
        if isinstance(self.sdgs, Unset):
            sdgs = UNSET
        elif isinstance(self.sdgs, list):
            sdgs = self.sdgs

        else:
            sdgs = self.sdgs

        themes: list[str] | None | Unset
        if isinstance(self.themes, Unset):
            themes = UNSET
        elif isinstance(self.themes, list):
            themes = self.themes

        else:
            themes = self.themes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if challenges is not UNSET:
            field_dict["challenges"] = challenges
        if languages is not UNSET:
            field_dict["languages"] = languages
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if name is not UNSET:
            field_dict["name"] = name
        if population is not UNSET:
            field_dict["population"] = population
        if sdgs is not UNSET:
            field_dict["sdgs"] = sdgs
        if themes is not UNSET:
            field_dict["themes"] = themes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_challenges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        challenges = _parse_challenges(d.pop("challenges", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_population(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        population = _parse_population(d.pop("population", UNSET))

        def _parse_sdgs(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sdgs_type_0 = cast(list[int], data)

                return sdgs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        sdgs = _parse_sdgs(d.pop("sdgs", UNSET))

        def _parse_themes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                themes_type_0 = cast(list[str], data)

                return themes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        themes = _parse_themes(d.pop("themes", UNSET))

        city_update = cls(
            challenges=challenges,
            languages=languages,
            latitude=latitude,
            longitude=longitude,
            name=name,
            population=population,
            sdgs=sdgs,
            themes=themes,
        )

        return city_update
