"""Tables of the pairing service (never exposed on the wire: see schemas.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.concurrency import Versioned
from shared.db import ServiceBase, UTCDateTime, new_metadata, utcnow
from shared.ids import new_id
from shared.tables import kit_tables


class Base(ServiceBase):
    __abstract__ = True
    metadata = new_metadata()


kit = kit_tables(Base.metadata)


class PartyProfile(Versioned, Base):
    """Our copy of a city (fed by the applications service's events) or a region (registered here)."""

    __tablename__ = "party_profiles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    world_region: Mapped[str] = mapped_column(String(40), nullable=False)
    population: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    languages: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    themes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    sdgs: Mapped[list[int]] = mapped_column(JSON, nullable=False, default=list)
    challenges: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # ce-time of the event the copy was last built from: an older event never overwrites a newer one.
    source_time: Mapped[str | None] = mapped_column(String(40))
    # Where the copy came from: "events" (a city's applications events, a region's innovation strategy in
    # value_chains) or "manual" (a region put by the coordination unit); None for rows older than the column.
    source: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    __table_args__ = (Index("ix_party_profiles_kind_name", "kind", "name", "id"),)


class RegionInterest(Base):
    """A region's wish to be paired with a region across the Atlantic (value_chains' region.interest_expressed):
    the regional rounds score a pair higher when one of them asked for the other, higher still when both did."""

    __tablename__ = "region_interests"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)  # the interest id in value_chains
    region_id: Mapped[str] = mapped_column(String(64), nullable=False)
    partner_region_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    ecosystems: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    source_time: Mapped[str] = mapped_column(String(40), nullable=False)  # ce-time of the event
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (UniqueConstraint("region_id", "partner_region_id"),)


class Candidate(Base):
    """A party taking part in a call's pairing: an accepted application, or an enrolled region."""

    __tablename__ = "candidates"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)  # the application id, or call:region
    call_id: Mapped[str] = mapped_column(String(36), nullable=False)
    party_id: Mapped[str] = mapped_column(String(64), nullable=False)
    party_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    component: Mapped[str] = mapped_column(String(40), nullable=False)
    themes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)  # the application's own
    member_population: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # a group's other towns
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (
        UniqueConstraint("call_id", "party_id"),
        Index("ix_candidates_call_kind", "call_id", "party_kind"),
    )


class CallSettings(Versioned, Base):
    """How one call pairs: weights, quota, which regions pair with which, proposal expiry."""

    __tablename__ = "call_settings"

    call_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    weights: Mapped[dict[str, float]] = mapped_column(JSON, nullable=False)
    quota: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    side_a_regions: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    side_b_regions: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    proposal_expiry_days: Mapped[int] = mapped_column(Integer, nullable=False, default=14)
    min_cooperation_months: Mapped[int] = mapped_column(Integer, nullable=False, default=18)
    # The most pairings a round proposes with a party of a world region / a country (round_constraints.Quotas).
    region_quotas: Mapped[dict[str, int]] = mapped_column(JSON, nullable=False, default=dict, server_default="{}")
    country_quotas: Mapped[dict[str, int]] = mapped_column(JSON, nullable=False, default=dict, server_default="{}")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    __table_args__ = (CheckConstraint("quota >= 1", name="quota_positive"),)

    # True only on the unsaved defaults a call pairs by until its settings are put (service.call_settings).
    is_default = False


class CallMinimum(Base):
    """The shortest cooperation a call asks for, learnt from its accepted applications (application.accepted v2):
    its pairings complete no earlier, whatever its settings say."""

    __tablename__ = "call_minimums"

    call_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    min_cooperation_months: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class ForbiddenPair(Base):
    """A pair never to be proposed in a call: set by the coordination unit, or after a decline."""

    __tablename__ = "forbidden_pairs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(String(36), nullable=False)
    party_x: Mapped[str] = mapped_column(String(64), nullable=False)  # party_x <= party_y
    party_y: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(String(20), nullable=False)  # manual | declined | dissolved
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (UniqueConstraint("call_id", "party_x", "party_y"),)

    @property
    def party_ids(self) -> list[str]:
        """The two parties, in the stored order."""
        return [self.party_x, self.party_y]


class LockedPair(Base):
    """A pair the coordination unit fixed before a call's rounds: proposed by every round while both parties are
    candidates and unpaired, and neither party paired otherwise. A party is in one locked pair of a call at most."""

    __tablename__ = "locked_pairs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(String(36), nullable=False)
    party_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    party_a_id: Mapped[str] = mapped_column(String(64), nullable=False)  # the party of side a when it was locked
    party_b_id: Mapped[str] = mapped_column(String(64), nullable=False)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (UniqueConstraint("call_id", "party_a_id"), UniqueConstraint("call_id", "party_b_id"))


class Round(Base):
    """One run of a solver over a call's candidates, with its report."""

    __tablename__ = "rounds"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    party_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    solver: Mapped[str] = mapped_column(String(10), nullable=False)
    weights: Mapped[dict[str, float]] = mapped_column(JSON, nullable=False)
    quota: Mapped[int] = mapped_column(Integer, nullable=False)
    candidates: Mapped[int] = mapped_column(Integer, nullable=False)
    total_score: Mapped[float] = mapped_column(Float, nullable=False)
    report: Mapped[dict] = mapped_column(JSON, nullable=False)
    elapsed_ms: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    # Read with selectinload; a new round sets the proposals it has just inserted in bulk.
    proposals: Mapped[list[Pairing]] = relationship(order_by="Pairing.id", viewonly=True, lazy="raise")


class Pairing(Versioned, Base):
    """A proposed, confirmed or ended pair of parties."""

    __tablename__ = "pairings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(String(36), nullable=False)
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id"), nullable=False, index=True)
    party_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    party_a_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    party_b_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    party_a: Mapped[dict] = mapped_column(JSON, nullable=False)  # snapshot: kind, id, name, country, region
    party_b: Mapped[dict] = mapped_column(JSON, nullable=False)
    score: Mapped[float] = mapped_column(Float, nullable=False)
    breakdown: Mapped[dict[str, float]] = mapped_column(JSON, nullable=False)
    explanation: Mapped[str] = mapped_column(Text, nullable=False)
    locked: Mapped[bool] = mapped_column(nullable=False, default=False, server_default=false())  # a locked pair's proposal
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="proposed")
    accepted_by_a: Mapped[bool] = mapped_column(default=False, nullable=False)
    accepted_by_b: Mapped[bool] = mapped_column(default=False, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_by: Mapped[str | None] = mapped_column(String(100))
    end_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    __table_args__ = (Index("ix_pairings_call_state", "call_id", "state"),)


class Activity(Versioned, Base):
    """A cooperation activity of a pairing: study tour, staff exchange, training or seminar; planned, held or
    cancelled."""

    __tablename__ = "activities"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pairing_id: Mapped[str] = mapped_column(ForeignKey("pairings.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    host_party_id: Mapped[str] = mapped_column(String(64), nullable=False)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    participants: Mapped[int] = mapped_column(Integer, nullable=False)
    outcomes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Activities recorded before there were plans were all held.
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="held", server_default="held")
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("participants >= 0", name="participants_not_negative"),
    )
