"""Wire models of value chains: stages, participants, gaps with their candidates, the
industrial ecosystems and the dashboard's counts."""

from __future__ import annotations

from datetime import datetime

from pydantic import AliasPath, BaseModel, ConfigDict, Field, field_validator

from services.value_chains.domain import ParticipantRole
from services.value_chains.regions import Side
from services.value_chains.schemas import (
    MAX_NACE_CODES,
    NACE_HELP,
    EcosystemIn,
    Id,
    LongText,
    NaceCodeIn,
    RegionIdIn,
    ScoreRead,
    StageKey,
    Title,
)
from shared.schemas import ReadModel, StrictInput, Text, rule_broken


class StageIn(StrictInput):
    key: StageKey = Field(description="Short identifier of the stage within the chain, e.g. cells, assembly.")
    name: Text(1, 200)  # the column holds 200
    description: LongText = ""
    nace_codes: list[NaceCodeIn] = Field(default_factory=list, max_length=MAX_NACE_CODES, description=NACE_HELP)


class ParticipantCreate(StrictInput):
    organisation_id: Id
    stage_key: StageKey
    role: ParticipantRole


class ValueChainCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Lithium batteries EU-LAC",
                    "ecosystem": "energy_renewables",
                    "lead_organisation_id": "01a2316d-9c2d-7e4f-8a51-2b3c4d5e6f70",
                    "region_ids": ["ES52", "CL"],
                    "stages": [
                        {"key": "cells", "name": "Cell production", "nace_codes": ["27.20"]},
                        {"key": "recycling", "name": "Recycling"},
                    ],
                }
            ]
        }
    )

    title: Title
    description: LongText = ""
    ecosystem: EcosystemIn
    lead_organisation_id: Id
    region_ids: list[RegionIdIn] = Field(min_length=2, max_length=100, description="EU and LAC regions the chain spans.")
    stages: list[StageIn] = Field(min_length=1, max_length=30, description="In order, upstream first.")
    participants: list[ParticipantCreate] = Field(default_factory=list, max_length=500)

    @field_validator("stages")
    @classmethod
    def _unique_keys(cls, v: list[StageIn]) -> list[StageIn]:
        keys = [s.key for s in v]
        if len(set(keys)) != len(keys):  # uniqueness of a property across items: no JSON Schema keyword says it
            raise rule_broken("duplicate_stage_key", "stages[].key repeats a value")
        return v


class StageRead(ReadModel):
    key: str
    position: int
    name: str
    description: str
    nace_codes: list[str]


class ParticipantRead(ReadModel):
    id: str
    organisation_id: str
    stage_key: str
    side: Side
    role: ParticipantRole
    created_at: datetime


class ValueChainRead(ReadModel):
    id: str
    title: str
    description: str
    ecosystem: str
    lead_organisation_id: str
    region_ids: list[str]
    stages: list[StageRead]
    participants: list[ParticipantRead]
    version: int
    created_at: datetime
    updated_at: datetime


class ValueChainPage(BaseModel):
    items: list[ValueChainRead]
    next_page_token: str | None = None


# --- gaps -------------------------------------------------------------------------------


class GapCandidateRead(ReadModel):
    organisation_id: str = Field(validation_alias=AliasPath("organisation", "id"))
    name: str = Field(validation_alias=AliasPath("organisation", "name"))
    region_id: str = Field(validation_alias=AliasPath("organisation", "region_id"))
    score: ScoreRead
    explanation: str = Field(validation_alias=AliasPath("ranked", "explanation"))


class GapRead(ReadModel):
    stage_key: str = Field(validation_alias=AliasPath("gap", "stage_key"))
    stage_name: str = Field(validation_alias=AliasPath("gap", "stage_name"))
    position: int = Field(validation_alias=AliasPath("gap", "position"))
    missing_side: Side = Field(validation_alias=AliasPath("gap", "missing_side"))
    candidates: list[GapCandidateRead] = Field(
        description="Organisations of the missing side that could fill the gap, best first."
    )


class GapsRead(ReadModel):
    value_chain_id: str
    gaps: list[GapRead]


class EcosystemRead(ReadModel):
    slug: str
    number: int
    name: str


# --- stats ------------------------------------------------------------------------------


class StatsRead(ReadModel):
    organisations_by_kind: dict[str, int]
    organisations_by_side: dict[str, int]
    innovation_strategies: int
    value_chains: int
    value_chains_with_gaps: int
    open_gaps: int
    opportunities_open_by_kind: dict[str, int]
    opportunities_expired: int
    opportunities_withdrawn: int
    opportunities_submitted: int = 0  # awaiting the coordination unit's review
    matches_by_status: dict[str, int]
    agreements_by_kind: dict[str, int]
    region_interests: int
