"""Wire models of the covenant registry: signatories, batches, the change feed, imports and
stats (what a signatory submits: reports/schemas.py; policies and compliance:
compliance/schemas.py). Read models build themselves from the ORM rows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from services.covenant.domain import AdhesionType, Generation, Pillar, SignatoryStatus
from shared.schemas import ImportRead as KitImportRead
from shared.schemas import ReadModel, StrictInput, Text

CountryCode = Annotated[str, StringConstraints(to_upper=True, max_length=2, pattern=r"^[A-Za-z]{2}$")]
GcomId = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, max_length=18, pattern=r"^[A-Z]{2}[0-9A-Z_]{1,16}$")
]
Name = Text(1, 500)
# A signatory has a handful of coordinators and supporters (a province, a regional energy agency);
# the largest in the registry's data have under ten. 20 leaves room and keeps its events small.
MAX_PARTNERS = 20
# One commitment per pillar and generation: at most 3 x 5 of them, and a sync repeats what it has.
MAX_COMMITMENTS = 15


def badge_names(badges: Any) -> list[str]:
    """A signatory's badge rows (or records of them) as the badges' names."""
    return [b.badge for b in badges]


# --- signatories ------------------------------------------------------------------------


class CommitmentIn(StrictInput):
    pillar: Pillar
    generation: Generation
    committed_on: date | None = Field(None, description="Defaults to the adhesion date.")


class CommitmentRead(ReadModel):
    id: str
    pillar: Pillar
    generation: Generation
    committed_on: date


class GroupRef(StrictInput):
    organisation_id: str | None = Field(None, max_length=40)
    name: str | None = Field(None, max_length=500)


class SignatoryUpsert(StrictInput):
    """The whole record a regional office syncs; a sync never removes a commitment."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"name": "Valencia", "country_code": "ES", "population": 792492, "adhesion_date": "2009-02-10"}]
        }
    )

    organisation_id: str | None = Field(None, max_length=40, description="The MyCovenant organisation id.")
    name: Name
    country_code: CountryCode = Field(description="ISO 3166-1 alpha-2; decides the regional covenant.")
    population: int | None = Field(None, ge=0, le=2_000_000_000, description="Population at adhesion.")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    adhesion_date: date = Field(description="The date of the council decision.")
    adhesion_type: AdhesionType = AdhesionType.individual
    group_profile: bool = Field(False, description="The signatory is a group of local authorities.")
    reporting_expected: bool = Field(True, description="False for members of a joint plan and group coordinators.")
    group: GroupRef | None = Field(None, description="The group the signatory belongs to, if any.")
    coordinators: list[Name] = Field(default_factory=list, max_length=MAX_PARTNERS)
    supporters: list[Name] = Field(default_factory=list, max_length=MAX_PARTNERS)
    commitments: list[CommitmentIn] = Field(default_factory=list, max_length=MAX_COMMITMENTS)
    reported_status: SignatoryStatus | None = Field(
        None, description="The office's status; `withdrawn` withdraws the signatory, the others are kept for reference."
    )


class BatchItem(SignatoryUpsert):
    gcom_id: GcomId
    if_match: str | None = Field(
        None, max_length=100, description='The ETag the office last read (e.g. "3"); stale -> 412 for this item.'
    )


class BatchItemResult(BaseModel):
    index: int
    gcom_id: str
    status: int = Field(description="200 updated or unchanged, 201 created, 4xx refused (see problem).")
    outcome: Literal["created", "updated", "unchanged", "refused"]
    id: str | None = None
    etag: str | None = None
    problem: dict | None = Field(None, description="An RFC 9457 problem for a refused item.")


class BatchResult(BaseModel):
    items: list[BatchItemResult]


class ComplianceSummary(BaseModel):
    assessed_on: date | None
    next_change_on: date | None
    missing: list[dict]


# The columns a signatory row gives its wire view as they are.
_PLAIN_FIELDS = (
    "id",
    "gcom_id",
    "organisation_id",
    "name",
    "country_code",
    "regional_covenant",
    "population",
    "latitude",
    "longitude",
    "adhesion_date",
    "adhesion_type",
    "group_profile",
    "reporting_expected",
    "coordinators",
    "supporters",
    "status",
    "reported_status",
    "withdrawn_at",
    "version",
    "created_at",
    "updated_at",
)


class SignatoryRead(ReadModel):
    id: str
    gcom_id: str | None
    organisation_id: str | None
    name: str
    country_code: str
    regional_covenant: str
    population: int | None
    latitude: float | None
    longitude: float | None
    adhesion_date: date
    adhesion_type: AdhesionType
    group_profile: bool
    reporting_expected: bool
    group: GroupRef | None
    coordinators: list[str]
    supporters: list[str]
    status: SignatoryStatus
    reported_status: SignatoryStatus | None
    badges: list[str]
    commitments: list[CommitmentRead]
    compliance: ComplianceSummary
    withdrawn_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime

    @model_validator(mode="before")
    @classmethod
    def _from_row(cls, row: Any) -> Any:
        """A signatory row (ORM, or the record a bulk create returns): its group and compliance
        columns gathered into their objects."""
        if isinstance(row, dict):
            return row
        has_group = row.group_organisation_id or row.group_name
        return {name: getattr(row, name) for name in _PLAIN_FIELDS} | {
            "group": {"organisation_id": row.group_organisation_id, "name": row.group_name} if has_group else None,
            "badges": badge_names(row.badges),
            "commitments": row.commitments,
            "compliance": {
                "assessed_on": row.compliance_assessed_on,
                "next_change_on": row.compliance_next_change_on,
                "missing": row.compliance_missing,
            },
        }


class SignatoryPage(BaseModel):
    items: list[SignatoryRead]
    next_page_token: str | None = None


class PublicSignatoryRead(ReadModel):
    """A signatory's public profile, as the showcase shows it to everyone (MyCovenant's public pages): who it
    is, what it committed to, its badges and status; not its coordinators, reporting or history."""

    id: str
    gcom_id: str | None
    name: str
    country_code: str
    regional_covenant: str
    population: int | None
    latitude: float | None
    longitude: float | None
    adhesion_date: date
    status: SignatoryStatus
    badges: list[str]
    commitments: list[CommitmentRead]

    @model_validator(mode="before")
    @classmethod
    def _from_row(cls, row: Any) -> Any:
        return row if isinstance(row, dict) else SignatoryRead.model_validate(row).model_dump()


class PublicSignatoryPage(BaseModel):
    items: list[PublicSignatoryRead]
    next_page_token: str | None = None


class Withdrawal(StrictInput):
    reason: Text(3, 2000)


# --- imports, feed, stats ---------------------------------------------------------------


class ImportWarning(BaseModel):
    kind: str = Field(description="What was cleaned up.")
    rows: int = Field(description="How many rows it affected.")
    examples: list[int] = Field(description="Line numbers of the first few.")


class ImportRead(KitImportRead):
    """A covenant import: the kit's import resource and the dirt it cleaned up."""

    warnings: list[ImportWarning]


class ChangeRead(BaseModel):
    seq: int
    op: Literal["upsert", "delete"]
    signatory_id: str
    gcom_id: str | None
    organisation_id: str | None
    signatory: SignatoryRead | None = Field(None, description="The signatory as it is now; null for a delete (tombstone).")


class ChangePage(BaseModel):
    items: list[ChangeRead]
    next_cursor: str = Field(description="Pass it as `cursor` to read what changed after this page.")
    has_more: bool


class StatsRead(BaseModel):
    total: int
    by_regional_covenant: dict[str, int]
    by_country: dict[str, int]
    by_status: dict[str, int]
    by_badge: dict[str, int]
    by_generation: dict[str, int]
