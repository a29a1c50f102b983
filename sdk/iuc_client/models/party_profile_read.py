from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_kind import PartyKind
from ..models.party_profile_read_source_type_0 import PartyProfileReadSourceType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartyProfileRead")


@_attrs_define
class PartyProfileRead:
    """
    Attributes:
        challenges (str):
        country_code (str):
        id (str):
        kind (PartyKind): Who is paired: cities (Components I and II) or regions (Component III).
        languages (list[str]):
        name (str):
        population (int):
        sdgs (list[int]):
        themes (list[str]):
        updated_at (datetime.datetime):
        version (int):
        world_region (str):
        source (None | PartyProfileReadSourceType0 | Unset): events: kept from published events (a city's, or a region's
            innovation strategy in value_chains); manual: a region put by the coordination unit.
    """

    challenges: str
    country_code: str
    id: str
    kind: PartyKind
    languages: list[str]
    name: str
    population: int
    sdgs: list[int]
    themes: list[str]
    updated_at: datetime.datetime
    version: int
    world_region: str
    source: None | PartyProfileReadSourceType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenges = self.challenges

        country_code = self.country_code

        id = self.id

        kind = self.kind.value

        languages = self.languages

        name = self.name

        population = self.population

        sdgs = self.sdgs

        themes = self.themes

        updated_at = self.updated_at.isoformat()

        version = self.version

        world_region = self.world_region

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, PartyProfileReadSourceType0):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challenges": challenges,
                "country_code": country_code,
                "id": id,
                "kind": kind,
                "languages": languages,
                "name": name,
                "population": population,
                "sdgs": sdgs,
                "themes": themes,
                "updated_at": updated_at,
                "version": version,
                "world_region": world_region,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        challenges = d.pop("challenges")

        country_code = d.pop("country_code")

        id = d.pop("id")

        kind = PartyKind(d.pop("kind"))

        languages = cast(list[str], d.pop("languages"))

        name = d.pop("name")

        population = d.pop("population")

        sdgs = cast(list[int], d.pop("sdgs"))

        themes = cast(list[str], d.pop("themes"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        world_region = d.pop("world_region")

        def _parse_source(data: object) -> None | PartyProfileReadSourceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = PartyProfileReadSourceType0(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartyProfileReadSourceType0 | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        party_profile_read = cls(
            challenges=challenges,
            country_code=country_code,
            id=id,
            kind=kind,
            languages=languages,
            name=name,
            population=population,
            sdgs=sdgs,
            themes=themes,
            updated_at=updated_at,
            version=version,
            world_region=world_region,
            source=source,
        )

        party_profile_read.additional_properties = d
        return party_profile_read

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
