"""A signatory as a sync or an import states it (`SignatoryData`), and the event views of a
signatory and its commitments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from services.covenant.domain import GENERATION_PILLARS, Generation
from services.covenant.models import Commitment, Signatory
from shared.contracts.covenant import CommitmentInfo, SignatoryProfile

# The fields a sync sets and compares; a re-sync with the same values changes nothing.
SYNC_FIELDS = (
    "organisation_id",
    "name",
    "country_code",
    "population",
    "latitude",
    "longitude",
    "adhesion_date",
    "adhesion_type",
    "group_profile",
    "reporting_expected",
    "group_organisation_id",
    "group_name",
    "coordinators",
    "supporters",
    "reported_status",
)


@dataclass
class SignatoryData:
    """A signatory as a sync or an import states it."""

    name: str
    country_code: str
    adhesion_date: date
    adhesion_type: str
    organisation_id: str | None = None
    population: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    group_profile: bool = False
    reporting_expected: bool = True
    group_organisation_id: str | None = None
    group_name: str | None = None
    coordinators: list[str] = field(default_factory=list)
    supporters: list[str] = field(default_factory=list)
    reported_status: str | None = None
    commitments: list[tuple[str, str, date]] = field(default_factory=list)  # pillar, generation, committed_on

    @classmethod
    def from_upsert(cls, body) -> SignatoryData:
        """From a SignatoryUpsert (or BatchItem) wire model."""
        return cls(
            name=body.name,
            country_code=body.country_code,
            adhesion_date=body.adhesion_date,
            adhesion_type=body.adhesion_type.value,
            organisation_id=body.organisation_id,
            population=body.population,
            latitude=body.latitude,
            longitude=body.longitude,
            group_profile=body.group_profile,
            reporting_expected=body.reporting_expected,
            group_organisation_id=body.group.organisation_id if body.group else None,
            group_name=body.group.name if body.group else None,
            coordinators=list(body.coordinators),
            supporters=list(body.supporters),
            reported_status=body.reported_status.value if body.reported_status else None,
            commitments=[(c.pillar.value, c.generation.value, c.committed_on or body.adhesion_date) for c in body.commitments],
        )

    @classmethod
    def with_generations(cls, generations: Iterable[Generation], **fields) -> SignatoryData:
        """A record committing to every pillar of the given generations on the adhesion date."""
        data = cls(**fields)
        data.commitments = [(p.value, g.value, data.adhesion_date) for g in generations for p in GENERATION_PILLARS[g]]
        return data


def profile_of(s: Signatory) -> SignatoryProfile:
    """The event view of a signatory."""
    return SignatoryProfile(
        signatory_id=s.id,
        gcom_id=s.gcom_id,
        organisation_id=s.organisation_id,
        name=s.name,
        country_code=s.country_code,
        regional_covenant=s.regional_covenant,
        population=s.population,
        adhesion_date=s.adhesion_date,
        adhesion_type=s.adhesion_type,
        status=s.status,
        badges=sorted(b.badge for b in s.badges),
        commitments=[commitment_info(c) for c in s.commitments],
        latitude=s.latitude,
        longitude=s.longitude,
    )


def commitment_info(c: Commitment) -> CommitmentInfo:
    """The event view of a commitment."""
    return CommitmentInfo(commitment_id=c.id, pillar=c.pillar, generation=c.generation, committed_on=c.committed_on)
