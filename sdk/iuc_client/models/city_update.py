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
        challenges (str | Unset):
        languages (list[str] | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        name (str | Unset):
        population (int | Unset):
        sdgs (list[int] | Unset):
        themes (list[str] | Unset):
    """

    challenges: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    name: str | Unset = UNSET
    population: int | Unset = UNSET
    sdgs: list[int] | Unset = UNSET
    themes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        challenges = self.challenges

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
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

        name = self.name

        population = self.population

        sdgs: list[int] | Unset = UNSET
        if not isinstance(self.sdgs, Unset):
            sdgs = self.sdgs

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
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
        challenges = d.pop("challenges", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

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

        name = d.pop("name", UNSET)

        population = d.pop("population", UNSET)

        sdgs = cast(list[int], d.pop("sdgs", UNSET))

        themes = cast(list[str], d.pop("themes", UNSET))

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
