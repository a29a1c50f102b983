"""Tables of the value_chains service (never exposed on the wire: see schemas.py).

Every row a caller may change is `Versioned`: its UPDATE checks the version it was read at,
so of two writes based on the same ETag one wins and the other answers 412.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.concurrency import Versioned
from shared.db import ServiceBase, UTCDateTime, new_metadata, utcnow
from shared.ids import new_id
from shared.tables import kit_tables


class Base(ServiceBase):
    __abstract__ = True
    metadata = new_metadata()


kit = kit_tables(Base.metadata)


class InnovationStrategy(Versioned, Base):
    """A region's research and innovation strategy for smart specialisation."""

    __tablename__ = "innovation_strategies"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    region_id: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    side: Mapped[str] = mapped_column(String(3), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    period_start: Mapped[int] = mapped_column(Integer, nullable=False)
    period_end: Mapped[int] = mapped_column(Integer, nullable=False)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    priorities: Mapped[list[StrategyPriority]] = relationship(
        lazy="selectin", order_by="StrategyPriority.position", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (CheckConstraint("period_end >= period_start", name="period_ordered"),)


class StrategyPriority(Base):
    """A specialisation priority, coded by NACE and by one industrial ecosystem."""

    __tablename__ = "strategy_priorities"

    strategy_id: Mapped[str] = mapped_column(ForeignKey("innovation_strategies.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    ecosystem: Mapped[str] = mapped_column(String(60), nullable=False, index=True)
    nace_codes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)


class Organisation(Versioned, Base):
    """An SME, cluster, research body, public body, large company or NGO of an EU or LAC region."""

    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    size_band: Mapped[str] = mapped_column(String(10), nullable=False)
    region_id: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    side: Mapped[str] = mapped_column(String(3), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    keywords: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    website: Mapped[str | None] = mapped_column(String(500))
    # Where it is (WGS 84 degrees), for the map and the near= and bbox= filters (shared.geo)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    nace: Mapped[list[OrganisationNace]] = relationship(
        lazy="selectin", order_by="OrganisationNace.nace_code", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def nace_codes(self) -> list[str]:
        return [n.nace_code for n in self.nace]

    __table_args__ = (
        Index("ix_organisations_side_kind", "side", "kind"),
        Index("ix_organisations_country_name", "country_code", "name", "id"),
    )


class OrganisationNace(Base):
    """A NACE code of an organisation, a row of its own so lists filter by code with an index."""

    __tablename__ = "organisation_nace_codes"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    nace_code: Mapped[str] = mapped_column(String(8), primary_key=True, index=True)


class ValueChain(Versioned, Base):
    """An international value chain of one ecosystem, with ordered stages, led by an organisation."""

    __tablename__ = "value_chains"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    ecosystem: Mapped[str] = mapped_column(String(60), nullable=False, index=True)
    lead_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), nullable=False, index=True)
    region_ids: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    stages: Mapped[list[ValueChainStage]] = relationship(
        lazy="selectin", order_by="ValueChainStage.position", cascade="all, delete-orphan", passive_deletes=True
    )
    participants: Mapped[list[ValueChainParticipant]] = relationship(
        lazy="selectin", order_by="ValueChainParticipant.created_at", cascade="all, delete-orphan", passive_deletes=True
    )


class ValueChainStage(Base):
    """One stage of a chain (design, components, assembly, distribution...), in order."""

    __tablename__ = "value_chain_stages"

    value_chain_id: Mapped[str] = mapped_column(ForeignKey("value_chains.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    nace_codes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)

    __table_args__ = (UniqueConstraint("value_chain_id", "position"),)


class ValueChainParticipant(Base):
    """An organisation taking a role at one stage of a chain."""

    __tablename__ = "value_chain_participants"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    value_chain_id: Mapped[str] = mapped_column(ForeignKey("value_chains.id", ondelete="CASCADE"), nullable=False)
    stage_key: Mapped[str] = mapped_column(String(60), nullable=False)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), nullable=False, index=True)
    side: Mapped[str] = mapped_column(String(3), nullable=False)
    role: Mapped[str] = mapped_column(String(30), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (UniqueConstraint("value_chain_id", "stage_key", "organisation_id"),)


class Opportunity(Versioned, Base):
    """A cooperation opportunity of the five Enterprise Europe Network kinds."""

    __tablename__ = "opportunities"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), nullable=False, index=True)
    side: Mapped[str] = mapped_column(String(3), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    keywords: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    nace_codes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    target_region_ids: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    ecosystem: Mapped[str | None] = mapped_column(String(60))
    # Asked for by the submitter (or none) until published, then the date it stops being open.
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    # submitted -> open (published) | rejected; open -> withdrawn, renewed (domain.OPPORTUNITY_MOVES)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="submitted")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    renewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    # Not columns: "expired" is read against the service clock's date, never stored, and the
    # organisation is shown only to who may know it (disclosure.py), so the service sets both on
    # every opportunity it hands out.
    status_today = None
    shown_organisation_id = None

    __table_args__ = (
        CheckConstraint("status IN ('submitted', 'open', 'rejected', 'withdrawn')", name="status_known"),
        Index("ix_opportunities_kind_status_side", "kind", "status", "side"),
    )


class Match(Versioned, Base):
    """A proposed pairing: an offer with a request, or an organisation with a value-chain gap."""

    __tablename__ = "matches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # opportunity | value_chain_gap
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("opportunities.id"), index=True)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("opportunities.id"), index=True)
    value_chain_id: Mapped[str | None] = mapped_column(ForeignKey("value_chains.id", ondelete="CASCADE"), index=True)
    stage_key: Mapped[str | None] = mapped_column(String(60))
    # The two organisations the match brings together: offer then request, or chain lead then candidate.
    first_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), nullable=False, index=True)
    second_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), nullable=False, index=True)
    score: Mapped[float] = mapped_column(Float, nullable=False)
    breakdown: Mapped[dict] = mapped_column(JSON, nullable=False)
    explanation: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="proposed")
    declined_by_organisation_id: Mapped[str | None] = mapped_column(String(36))
    decline_reason: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # declined, expired or agreed
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    # The last action on it (proposal, interest): a match waits `match_expiry_days` from here.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    # Not columns: the parties as the reader may know them (disclosure.py); the service sets them.
    shown_organisation_ids = None
    shown_declined_by = None

    @property
    def organisation_ids(self) -> list[str]:
        return [self.first_organisation_id, self.second_organisation_id]

    interests: Mapped[list[Interest]] = relationship(
        lazy="selectin", order_by="Interest.created_at", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("offer_id", "request_id"),
        UniqueConstraint("value_chain_id", "stage_key", "second_organisation_id"),
        CheckConstraint("score >= 0 AND score <= 1", name="score_range"),
        Index("ix_matches_status_score", "status", "score"),
        Index("ix_matches_status_updated_at", "status", "updated_at"),
    )


class Interest(Base):
    """An expression of interest by one party of a match in the other."""

    __tablename__ = "interests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    match_id: Mapped[str] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), nullable=False)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    shown_organisation_id = None  # as the reader may know it (disclosure.py)

    __table_args__ = (UniqueConstraint("match_id", "organisation_id"),)


class Agreement(Versioned, Base):
    """What a match led to: a commercial, technical, research, joint-venture or licence agreement."""

    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    match_id: Mapped[str] = mapped_column(ForeignKey("matches.id"), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    organisation_ids: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    signed_on: Mapped[date] = mapped_column(Date, nullable=False)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class RegionInterest(Base):
    """A region's interest in a partner region across the Atlantic (the pairing service pairs them)."""

    __tablename__ = "region_interests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    region_id: Mapped[str] = mapped_column(String(12), nullable=False)
    partner_region_id: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    ecosystems: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (UniqueConstraint("region_id", "partner_region_id"),)
