"""Events of the pairing service."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from shared.contracts.fields import ACTIVITIES, ACTIVITY_KINDS, FIELDS, Code, Id, Name, Paragraph, Reason, Title, items
from shared.contracts.visibility import Visibility
from shared.events import EventPayload


class PairingParty(BaseModel):
    """One side of a pairing: a city, or a region (Component III)."""

    kind: Code  # city | region
    id: Id
    name: Name
    country_code: Code
    world_region: Code


class ScoreBreakdown(BaseModel):
    """Compatibility per dimension (0..1) and the weighted total."""

    themes: float
    sdgs: float
    challenges: float
    population: float
    languages: float
    total: float


class ActivitySummary(BaseModel):
    """A cooperation activity as the lessons-learnt draft needs it."""

    activity_id: Id
    kind: Code  # study_tour | staff_exchange | training | seminar
    title: Title
    host_party_id: Id
    starts_on: date
    ends_on: date
    participants: int
    outcomes: Paragraph


class RoundCompleted(EventPayload):
    """A pairing round ran and made its proposals."""

    service = "pairing"
    entity = "round"
    event = "completed"
    visibility = Visibility(scope="pairing:read")
    round_id: Id
    call_id: Id
    party_kind: Code
    solver: Code
    proposals: int
    total_score: float
    unmatched: int
    completed_at: datetime


class _PairingEvent(EventPayload):
    service = "pairing"
    entity = "pairing"
    pairing_id: Id
    call_id: Id
    party_a: PairingParty
    party_b: PairingParty


class PairingProposed(_PairingEvent):
    """A round proposed a pairing; both parties are asked to accept it."""

    event = "proposed"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    round_id: Id
    score: ScoreBreakdown
    explanation: Reason
    expires_at: datetime


class PairingConfirmed(_PairingEvent):
    """Both parties accepted: cooperation starts (action plans draft one plan per party)."""

    event = "confirmed"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    round_id: Id
    score: ScoreBreakdown
    explanation: Reason
    proposed_at: datetime
    confirmed_at: datetime
    earliest_completion_on: date


class PairingDeclined(_PairingEvent):
    """One party declined; the pair is forbidden in the call's next rounds."""

    event = "declined"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    declined_by: Name
    reason: Reason
    declined_at: datetime


class PairingExpired(_PairingEvent):
    """Nobody completed the proposal before it expired; both cities may be proposed again."""

    event = "expired"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    expires_at: datetime
    expired_at: datetime


class PairingDissolved(_PairingEvent):
    """A confirmed pairing ended early, with a reason."""

    event = "dissolved"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    dissolved_by: Name
    reason: Reason
    confirmed_at: datetime | None
    dissolved_at: datetime


class PairingCompleted(_PairingEvent):
    """A pairing completed its cooperation; carries what was done, for lessons learnt."""

    event = "completed"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    confirmed_at: datetime
    completed_at: datetime
    override_reason: Reason | None = None
    activities: list[ActivitySummary] = items(ACTIVITIES)
    activity_counts: dict[Code, int] = Field(default_factory=dict, max_length=ACTIVITY_KINDS)
    total_participants: int = 0
    summary: Title = ""


class ActivityHeld(EventPayload):
    """A cooperation activity of a pairing was recorded."""

    service = "pairing"
    entity = "activity"
    event = "held"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    pairing_id: Id
    call_id: Id
    party_a: PairingParty
    party_b: PairingParty
    activity: ActivitySummary


class ActivityPlanned(EventPayload):
    """A cooperation activity of a pairing was planned (it is announced again as activity.held once it took place)."""

    service = "pairing"
    entity = "activity"
    event = "planned"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    pairing_id: Id
    call_id: Id
    party_a: PairingParty
    party_b: PairingParty
    activity: ActivitySummary


class ActivityUpdated(EventPayload):
    """A planned or held activity of a pairing was edited: the activity as it now is, and which fields changed."""

    service = "pairing"
    entity = "activity"
    event = "updated"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    pairing_id: Id
    call_id: Id
    party_a: PairingParty
    party_b: PairingParty
    activity: ActivitySummary
    status: Code  # planned | held
    changed: list[Code] = items(FIELDS)


class ActivityCancelled(EventPayload):
    """A planned activity of a pairing will not take place."""

    service = "pairing"
    entity = "activity"
    event = "cancelled"
    visibility = Visibility(scope="pairing:read", cities=("party_a.id", "party_b.id"))
    pairing_id: Id
    call_id: Id
    party_a: PairingParty
    party_b: PairingParty
    activity: ActivitySummary
    reason: Reason
    cancelled_at: datetime
