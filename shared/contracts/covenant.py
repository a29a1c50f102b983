"""Events of the covenant service."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel

from shared.events import EventPayload


class CommitmentInfo(BaseModel):
    """One commitment of a signatory: a pillar of one generation of the Covenant."""

    commitment_id: str
    pillar: str  # mitigation | adaptation | energy_access
    generation: str  # CoM2020 | CoM2030 | CoM2050 | MayorsAdapt | GCoM
    committed_on: date


class SignatoryProfile(BaseModel):
    """What another service needs to know of a signatory."""

    signatory_id: str
    gcom_id: str | None = None
    organisation_id: str | None = None
    name: str
    country_code: str
    regional_covenant: str
    population: int | None = None
    adhesion_date: date
    adhesion_type: str
    status: str  # published | on_hold | withdrawn
    badges: list[str] = []
    commitments: list[CommitmentInfo] = []


class _SignatoryEvent(EventPayload):
    service = "covenant"
    entity = "signatory"


class SignatoryJoined(_SignatoryEvent):
    """A signatory entered the registry (by hand, a sync or an import)."""

    event = "joined"
    signatory: SignatoryProfile


class SignatoryUpdated(_SignatoryEvent):
    """A signatory's record changed; `changed` names the fields."""

    event = "updated"
    signatory: SignatoryProfile
    changed: list[str]


class SignatoryWithdrawn(_SignatoryEvent):
    """A signatory left the Covenant."""

    event = "withdrawn"
    signatory: SignatoryProfile
    reason: str | None = None
    withdrawn_at: datetime


class SignatoryDeleted(_SignatoryEvent):
    """A signatory record was removed from the registry (a duplicate, an error)."""

    event = "deleted"
    signatory_id: str
    gcom_id: str | None = None
    regional_covenant: str
    reason: str


class CommitmentMade(EventPayload):
    """A signatory committed to a pillar; the action-plans service opens a draft SECAP for it."""

    service = "covenant"
    entity = "commitment"
    event = "made"
    signatory_id: str
    gcom_id: str | None = None
    signatory_name: str
    country_code: str
    regional_covenant: str
    commitment: CommitmentInfo


class InventorySubmitted(EventPayload):
    """A baseline or monitoring emission inventory was submitted (or revised)."""

    service = "covenant"
    entity = "inventory"
    event = "submitted"
    signatory_id: str
    gcom_id: str | None = None
    inventory_id: str
    kind: str  # baseline | monitoring
    year: int
    total_emissions_tco2e: float
    revision: bool = False


class ComplianceChanged(EventPayload):
    """The compliance engine changed a signatory's status or badges."""

    service = "covenant"
    entity = "compliance"
    event = "changed"
    signatory_id: str
    gcom_id: str | None = None
    regional_covenant: str
    status: str
    previous_status: str
    badges: list[str]
    previous_badges: list[str]
    missing: list[dict]
    assessed_on: date
