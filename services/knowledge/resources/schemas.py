"""Wire models of the library's resources."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, Field, HttpUrl, UrlConstraints

from services.knowledge.domain import ResourceKind
from services.knowledge.schemas import Label, Language, LongText, Sdg, Sdgs, Sectors, ShortText, Themes
from shared.schemas import NotNull, ReadModel, StrictInput, rule_broken

URL_MAX = 2000


def _stored_fits(url: HttpUrl) -> HttpUrl:
    # Normalising percent-encodes what was sent (an é becomes %C3%A9): the stored form must fit too.
    if len(str(url)) > URL_MAX:
        raise rule_broken("url_too_long", f"URL should have at most {URL_MAX} characters once percent-encoded")
    return url


# The `url` column holds 2,000 characters (pydantic's own limit is 2,083).
Url = Annotated[HttpUrl, UrlConstraints(max_length=URL_MAX), AfterValidator(_stored_fits)]


class ResourceCreate(StrictInput):
    kind: ResourceKind
    title: ShortText
    description: LongText = ""
    url: Url
    language: Language | None = None
    themes: list[Label] = Field(default_factory=list, max_length=20)
    sdgs: list[Sdg] = Field(default_factory=list, max_length=17)
    sectors: list[Label] = Field(default_factory=list, max_length=20)
    practice_id: str | None = Field(None, min_length=1, max_length=36, description="The practice it documents, if any.")


class ResourceUpdate(StrictInput):
    """Fields to change; absent fields stay as they are."""

    title: NotNull(ShortText) = None
    description: NotNull(LongText) = None
    url: NotNull(Url) = None
    language: Language | None = None
    themes: NotNull(Annotated[list[Label], Field(max_length=20)]) = None
    sdgs: NotNull(Annotated[list[Sdg], Field(max_length=17)]) = None
    sectors: NotNull(Annotated[list[Label], Field(max_length=20)]) = None


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
