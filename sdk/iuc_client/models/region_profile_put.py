from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegionProfilePut")


@_attrs_define
class RegionProfilePut:
    """A region of Component III: EU NUTS code or LAC ISO 3166-2 code as the id.

    Attributes:
        name (str):
        call_ids (list[str] | Unset): Calls whose region-to-region rounds include this region.
        challenges (str | Unset):  Default: ''.
        country_code (None | str | Unset): Default: from the region code.
        languages (list[str] | Unset):
        population (int | Unset):  Default: 0.
        sdgs (list[int] | Unset):
        themes (list[str] | Unset):
    """

    name: str
    call_ids: list[str] | Unset = UNSET
    challenges: str | Unset = ""
    country_code: None | str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    population: int | Unset = 0
    sdgs: list[int] | Unset = UNSET
    themes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        call_ids: list[str] | Unset = UNSET
        if not isinstance(self.call_ids, Unset):
            call_ids = self.call_ids

        challenges = self.challenges

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        population = self.population

        sdgs: list[int] | Unset = UNSET
        if not isinstance(self.sdgs, Unset):
            sdgs = self.sdgs

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if call_ids is not UNSET:
            field_dict["call_ids"] = call_ids
        if challenges is not UNSET:
            field_dict["challenges"] = challenges
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if languages is not UNSET:
            field_dict["languages"] = languages
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
        name = d.pop("name")

        call_ids = cast(list[str], d.pop("call_ids", UNSET))

        challenges = d.pop("challenges", UNSET)

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        population = d.pop("population", UNSET)

        sdgs = cast(list[int], d.pop("sdgs", UNSET))

        themes = cast(list[str], d.pop("themes", UNSET))

        region_profile_put = cls(
            name=name,
            call_ids=call_ids,
            challenges=challenges,
            country_code=country_code,
            languages=languages,
            population=population,
            sdgs=sdgs,
            themes=themes,
        )

        return region_profile_put
