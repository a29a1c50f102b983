"""Events of the pairing service."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel

from shared.events import EventPayload


class PairingParty(BaseModel):
    """One side of a pairing: a city, or a region (Component III)."""

    kind: str  # city | region
    id: str
    name: str
    country_code: str
    world_region: str


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

    activity_id: str
    kind: str  # study_tour | staff_exchange | training | seminar
    title: str
    host_party_id: str
    starts_on: date
    ends_on: date
    participants: int
    outcomes: str


class RoundCompleted(EventPayload):
    """A pairing round ran and made its proposals."""

    service = "pairing"
    entity = "round"
    event = "completed"
    round_id: str
    call_id: str
    party_kind: str
    solver: str
    proposals: int
    total_score: float
    unmatched: int
    completed_at: datetime


class _PairingEvent(EventPayload):
    service = "pairing"
    entity = "pairing"
    pairing_id: str
    call_id: str
    party_a: PairingParty
    party_b: PairingParty


class PairingProposed(_PairingEvent):
    """A round proposed a pairing; both parties are asked to accept it."""

    event = "proposed"
    round_id: str
    score: ScoreBreakdown
    explanation: str
    expires_at: datetime


class PairingConfirmed(_PairingEvent):
    """Both parties accepted: cooperation starts (action plans draft one plan per party)."""

    event = "confirmed"
    round_id: str
    score: ScoreBreakdown
    explanation: str
    proposed_at: datetime
    confirmed_at: datetime
    earliest_completion_on: date


class PairingDeclined(_PairingEvent):
    """One party declined; the pair is forbidden in the call's next rounds."""

    event = "declined"
    declined_by: str
    reason: str
    declined_at: datetime


class PairingExpired(_PairingEvent):
    """Nobody completed the proposal before it expired; both cities may be proposed again."""

    event = "expired"
    expires_at: datetime
    expired_at: datetime


class PairingDissolved(_PairingEvent):
    """A confirmed pairing ended early, with a reason."""

    event = "dissolved"
    dissolved_by: str
    reason: str
    confirmed_at: datetime | None
    dissolved_at: datetime


class PairingCompleted(_PairingEvent):
    """A pairing completed its cooperation; carries what was done, for lessons learnt."""

    event = "completed"
    confirmed_at: datetime
    completed_at: datetime
    override_reason: str | None = None
    activities: list[ActivitySummary] = []
    activity_counts: dict[str, int] = {}
    total_participants: int = 0
    summary: str = ""


class ActivityHeld(EventPayload):
    """A cooperation activity of a pairing was recorded."""

    service = "pairing"
    entity = "activity"
    event = "held"
    pairing_id: str
    call_id: str
    party_a: PairingParty
    party_b: PairingParty
    activity: ActivitySummary
