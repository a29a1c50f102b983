"""Wire models of the library's resources."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field, HttpUrl, StringConstraints

from services.knowledge.domain import ResourceKind
from services.knowledge.schemas import Label, LongText, Sdg, Sdgs, Sectors, ShortText, Themes
from shared.schemas import ReadModel, StrictInput

Language = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[a-zA-Z]{2,3}$")]


class ResourceCreate(StrictInput):
    kind: ResourceKind
    title: ShortText
    description: LongText = ""
    url: HttpUrl
    language: Language | None = None
    themes: list[Label] = Field(default_factory=list, max_length=20)
    sdgs: list[Sdg] = Field(default_factory=list, max_length=17)
    sectors: list[Label] = Field(default_factory=list, max_length=20)
    practice_id: str | None = Field(None, max_length=36, description="The practice it documents, if any.")


class ResourceUpdate(StrictInput):
    """Fields to change; absent fields stay as they are."""

    title: ShortText | None = None
    description: LongText | None = None
    url: HttpUrl | None = None
    language: Language | None = None
    themes: list[Label] | None = Field(None, max_length=20)
    sdgs: list[Sdg] | None = Field(None, max_length=17)
    sectors: list[Label] | None = Field(None, max_length=20)


class ResourceRead(ReadModel):
    id: str
    kind: ResourceKind
    title: str
    description: str
    url: str
    language: str | None
    themes: Themes
    sdgs: Sdgs
    sectors: Sectors
    practice_id: str | None
    created_by: str
    version: int
    created_at: datetime
    updated_at: datetime


class ResourcePage(ReadModel):
    items: list[ResourceRead]
    next_page_token: str | None = None
