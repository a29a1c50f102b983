"""Wire models of the city registry: what callers send and receive."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints, field_validator

from services.applications.schemas import MAX_THEMES, Theme
from shared.reference import WorldRegion
from shared.schemas import NotNull, ReadModel, StrictInput, Text

Sdg = Annotated[int, Field(ge=1, le=17)]
LanguageCode = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, max_length=3, pattern=r"^[a-z]{2,3}$")]
CountryCode = Annotated[str, StringConstraints(to_upper=True, max_length=2, pattern=r"^[A-Za-z]{2}$")]
# The languages of a city: a few, and a country's defaults at most 19 (India's, in the reference data).
MAX_LANGUAGES = 20
# A city's challenges are a few paragraphs the pairing service compares; 5,000 characters keep a
# group application's event (the lead and its member cities' profiles) within NATS's 1 MiB.
CHALLENGES_MAX = 5_000


class CityCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Valencia",
                    "country_code": "ES",
                    "population": 792492,
                    "latitude": 39.47,
                    "longitude": -0.38,
                    "languages": ["es", "ca"],
                    "themes": ["mobility", "climate"],
                    "sdgs": [11, 13],
                }
            ]
        }
    )

    name: Text(1, 200)
    country_code: CountryCode = Field(description="ISO 3166-1 alpha-2, e.g. DE, CO.")
    population: int = Field(ge=0, le=2_000_000_000, description="Inhabitants.")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geonames_id: int | None = Field(None, ge=1, le=2_147_483_647)
    admin1_code: str | None = Field(None, max_length=20)
    languages: list[LanguageCode] | None = Field(
        None, max_length=MAX_LANGUAGES, description="ISO 639-1; defaults to the country's languages."
    )
    themes: list[Theme] = Field(default_factory=list, max_length=MAX_THEMES)
    sdgs: list[Sdg] = Field(default_factory=list, max_length=17, description="Sustainable Development Goals, 1-17.")
    challenges: str = Field("", max_length=CHALLENGES_MAX)


class CityUpdate(StrictInput):
    """Fields to change; absent fields stay as they are."""

    name: NotNull(Text(1, 200)) = None
    population: NotNull(Annotated[int, Field(ge=0, le=2_000_000_000)]) = None
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    languages: NotNull(Annotated[list[LanguageCode], Field(max_length=MAX_LANGUAGES)]) = None
    themes: NotNull(Annotated[list[Theme], Field(max_length=MAX_THEMES)]) = None
    sdgs: NotNull(Annotated[list[Sdg], Field(max_length=17)]) = None
    challenges: NotNull(Annotated[str, StringConstraints(max_length=CHALLENGES_MAX)]) = None


class CityRead(ReadModel):
    id: str
    name: str
    country_code: str
    world_region: WorldRegion
    admin1_code: str | None
    population: int
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    timezone: str | None
    languages: list[str]
    themes: list[str]
    sdgs: list[int]
    challenges: str
    version: int
    created_at: datetime
    updated_at: datetime

    @field_validator("themes", mode="before")
    @classmethod
    def _theme_names(cls, v: list[Any]) -> list[Any]:
        return [getattr(t, "theme", t) for t in v]

    @field_validator("sdgs", mode="before")
    @classmethod
    def _sdg_numbers(cls, v: list[Any]) -> list[Any]:
        return [getattr(s, "sdg", s) for s in v]


class CityPage(ReadModel):
    items: list[CityRead]
    next_page_token: str | None = None
