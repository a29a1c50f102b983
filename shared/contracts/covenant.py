"""Events of the covenant service."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from shared.contracts.fields import BADGES, COMMITMENTS, FIELDS, MISSING, Code, Id, Name, Reason, items
from shared.contracts.visibility import Visibility
from shared.events import EventPayload


class CommitmentInfo(BaseModel):
    """One commitment of a signatory: a pillar of one generation of the Covenant."""

    commitment_id: Id
    pillar: Code  # mitigation | adaptation | energy_access
    generation: Code  # CoM2020 | CoM2030 | CoM2050 | MayorsAdapt | GCoM
    committed_on: date


class SignatoryProfile(BaseModel):
    """What another service needs to know of a signatory."""

    signatory_id: Id
    gcom_id: Code | None = None
    organisation_id: Id | None = None
    name: Name
    country_code: Code
    regional_covenant: Code
    population: int | None = None
    adhesion_date: date
    adhesion_type: Code
    status: Code  # published | on_hold | withdrawn
    badges: list[Code] = items(BADGES)
    commitments: list[CommitmentInfo] = items(COMMITMENTS)
    # Where the signatory is (WGS 84), for maps; absent from events before it was added.
    latitude: float | None = None
    longitude: float | None = None


class _SignatoryEvent(EventPayload):
    service = "covenant"
    entity = "signatory"


class SignatoryJoined(_SignatoryEvent):
    """A signatory entered the registry (by hand, a sync or an import)."""

    event = "joined"
    visibility = Visibility(scope="covenant:read", covenants=("signatory.regional_covenant",))
    signatory: SignatoryProfile


class SignatoryUpdated(_SignatoryEvent):
    """A signatory's record changed; `changed` names the fields."""

    event = "updated"
    visibility = Visibility(scope="covenant:read", covenants=("signatory.regional_covenant",))
    signatory: SignatoryProfile
    changed: list[Code] = Field(max_length=FIELDS)


class SignatoryWithdrawn(_SignatoryEvent):
    """A signatory left the Covenant."""

    event = "withdrawn"
    visibility = Visibility(scope="covenant:read", covenants=("signatory.regional_covenant",))
    signatory: SignatoryProfile
    reason: Reason | None = None
    withdrawn_at: datetime


class SignatoryDeleted(_SignatoryEvent):
    """A signatory record was removed from the registry (a duplicate, an error)."""

    event = "deleted"
    visibility = Visibility(scope="covenant:read", covenants=("regional_covenant",))
    signatory_id: Id
    gcom_id: Code | None = None
    regional_covenant: Code
    reason: Reason


class CommitmentMade(EventPayload):
    """A signatory committed to a pillar; the action-plans service opens a draft SECAP for it."""

    service = "covenant"
    entity = "commitment"
    event = "made"
    visibility = Visibility(scope="covenant:read", covenants=("regional_covenant",))
    signatory_id: Id
    gcom_id: Code | None = None
    signatory_name: Name
    country_code: Code
    regional_covenant: Code
    commitment: CommitmentInfo


class InventorySubmitted(EventPayload):
    """A baseline or monitoring emission inventory was submitted (or revised)."""

    service = "covenant"
    entity = "inventory"
    event = "submitted"
    visibility = Visibility(scope="covenant:read", covenants=("regional_covenant",))
    signatory_id: Id
    gcom_id: Code | None = None
    # The signatory's regional covenant (who may see the event); absent from events before it was added.
    regional_covenant: Code | None = None
    inventory_id: Id
    kind: Code  # baseline | monitoring
    year: int
    total_emissions_tco2e: float
    revision: bool = False


class MissingReport(BaseModel):
    """A report a signatory owes, when it is due and whether that date has passed."""

    item: Code  # inventory | risk_assessment | energy_access_assessment | plan | monitoring
    pillar: Code | None = None
    due_on: date
    overdue: bool


class ComplianceChanged(EventPayload):
    """The compliance engine changed a signatory's status or badges."""

    service = "covenant"
    entity = "compliance"
    event = "changed"
    visibility = Visibility(scope="covenant:read", covenants=("regional_covenant",))
    signatory_id: Id
    gcom_id: Code | None = None
    regional_covenant: Code
    status: Code
    previous_status: Code
    badges: list[Code] = Field(max_length=BADGES)
    previous_badges: list[Code] = Field(max_length=BADGES)
    missing: list[MissingReport] = Field(max_length=MISSING)
    assessed_on: date


class SubmissionCorrected(EventPayload):
    """Something a signatory submitted (an inventory, an assessment, a target, a report) was
    changed or deleted; the history of the signatory holds what changed."""

    service = "covenant"
    entity = "submission"
    event = "corrected"
    visibility = Visibility(scope="covenant:read", covenants=("regional_covenant",))
    signatory_id: Id
    gcom_id: Code | None = None
    regional_covenant: Code
    resource: Code  # inventory | risk_assessment | energy_access_assessment | target | report
    resource_id: Id
    action: Code  # updated | deleted
    changed: list[Code] = Field(default_factory=list, max_length=FIELDS)


class DeadlineExtended(EventPayload):
    """A reporting deadline of a signatory was extended (MyCovenant's "request delay for reporting")."""

    service = "covenant"
    entity = "deadline"
    event = "extended"
    visibility = Visibility(scope="covenant:read", covenants=("regional_covenant",))
    signatory_id: Id
    gcom_id: Code | None = None
    regional_covenant: Code
    item: Code  # inventory | risk_assessment | energy_access_assessment | plan | monitoring
    pillar: Code | None = None
    due_on: date
    reason: Reason
