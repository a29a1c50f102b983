"""Wire-model bases every service shares: strict input, output read from ORM objects, and
the import resource."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class StrictInput(BaseModel):
    """A request body: unknown fields are refused (422), so a typo is never silently dropped."""

    model_config = ConfigDict(extra="forbid")


class ReadModel(BaseModel):
    """A response body, built from an ORM object by its attributes (`model_validate(row)`)."""

    model_config = ConfigDict(from_attributes=True)


class ImportRowError(ReadModel):
    """Why one row of an imported file was not used."""

    row: int = Field(description="Line number in the file, the header being line 1.")
    key: str | None = Field(None, description="The row's own identifier, when it has one.")
    reason: str


class ImportRead(ReadModel):
    """A bulk import: its state, counts and the rows that failed."""

    id: str
    format: str
    status: str = Field(description="queued | running | succeeded | failed")
    total: int
    created: int
    updated: int
    unchanged: int
    failed: int
    errors: list[ImportRowError]
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
