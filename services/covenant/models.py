"""Tables of the covenant service (never exposed on the wire: see schemas.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.concurrency import Versioned
from shared.db import ServiceBase, UTCDateTime, new_metadata, utcnow
from shared.ids import new_id
from shared.importjobs import ImportJobColumns
from shared.tables import kit_tables


class Base(ServiceBase):
    __abstract__ = True
    metadata = new_metadata()


kit = kit_tables(Base.metadata)


class Signatory(Versioned, Base):
    """A local government in the Global Covenant of Mayors: the registry's record."""

    __tablename__ = "signatories"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    gcom_id: Mapped[str | None] = mapped_column(String(20), unique=True)
    organisation_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(500), nullable=False)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    regional_covenant: Mapped[str] = mapped_column(String(40), nullable=False)
    population: Mapped[int | None] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    adhesion_date: Mapped[date] = mapped_column(Date, nullable=False)
    adhesion_type: Mapped[str] = mapped_column(String(20), nullable=False)
    group_profile: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # False for members of a joint plan (option 2) and group coordinators: the group reports.
    reporting_expected: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    group_organisation_id: Mapped[str | None] = mapped_column(String(40), index=True)
    group_name: Mapped[str | None] = mapped_column(String(500))
    coordinators: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    supporters: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    # The status the syncing office last reported; ours is computed by the compliance engine.
    reported_status: Mapped[str | None] = mapped_column(String(20))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    compliance_missing: Mapped[list[dict]] = mapped_column(JSON, nullable=False, default=list)
    compliance_next_change_on: Mapped[date | None] = mapped_column(Date, index=True)
    compliance_assessed_on: Mapped[date | None] = mapped_column(Date)
    # Position in the change feed: set from one counter at every change (see repository.next_change_seqs),
    # and at every submission (an inventory, an assessment, a report...).
    change_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    commitments: Mapped[list[Commitment]] = relationship(
        lazy="selectin",
        order_by="(Commitment.committed_on, Commitment.pillar, Commitment.generation)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    badges: Mapped[list[SignatoryBadge]] = relationship(
        lazy="selectin", order_by="SignatoryBadge.badge", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("population IS NULL OR population >= 0", name="population_not_negative"),
        CheckConstraint("status IN ('published', 'on_hold', 'withdrawn')", name="status_known"),
        Index("ix_signatories_country_name", "country_code", "name", "id"),
        # The list's own order (name, id): with it no filter sorts 12,000 rows (decision 0009).
        Index("ix_signatories_name_id", "name", "id"),
        Index("ix_signatories_covenant_status", "regional_covenant", "status"),
        # An office's change feed (`?regional_covenant=`) reads its covenant in feed order.
        Index("ix_signatories_covenant_change_seq", "regional_covenant", "change_seq"),
    )


class SignatoryBadge(Base):
    """A badge earned, a row of its own so lists filter by badge with an index."""

    __tablename__ = "signatory_badges"

    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), primary_key=True)
    badge: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)


class Commitment(Base):
    __tablename__ = "commitments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), nullable=False)
    pillar: Mapped[str] = mapped_column(String(20), nullable=False)
    generation: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    committed_on: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (
        UniqueConstraint("signatory_id", "pillar", "generation"),
        # `?generation=` is an EXISTS per signatory: (signatory_id, generation) answers it from the
        # index; the unique key cannot (pillar sits between), and SQLite has no statistics (decision 0009).
        Index("ix_commitments_signatory_generation", "signatory_id", "generation"),
    )


class Target(Versioned, Base):
    """A mitigation or energy-access target, or an adaptation goal, of one commitment (the CRF's
    four types: the fields of each are in targets.py)."""

    __tablename__ = "targets"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False, index=True)
    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), nullable=False, index=True)
    type: Mapped[str] = mapped_column(String(30), nullable=False)
    base_year: Mapped[int | None] = mapped_column(Integer)
    target_year: Mapped[int] = mapped_column(Integer, nullable=False)
    reduction_percent: Mapped[float | None] = mapped_column(Float)
    sectors: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The total of the base year's inventory when the target was set or that inventory corrected.
    base_emissions_tco2e: Mapped[float | None] = mapped_column(Float)
    fixed_level_tco2e: Mapped[float | None] = mapped_column(Float)
    bau_emissions_tco2e: Mapped[float | None] = mapped_column(Float)
    intensity_unit: Mapped[str | None] = mapped_column(String(20))
    base_intensity: Mapped[float | None] = mapped_column(Float)
    target_denominator: Mapped[float | None] = mapped_column(Float)
    denominator_unit: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (
        CheckConstraint("base_year IS NULL OR target_year >= base_year", name="target_after_base"),
        CheckConstraint("reduction_percent IS NULL OR (reduction_percent > 0 AND reduction_percent <= 100)", name="reduction"),
    )


class Inventory(Versioned, Base):
    """A baseline or monitoring emission inventory of one year."""

    __tablename__ = "inventories"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), nullable=False, index=True)
    external_id: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    population: Mapped[int | None] = mapped_column(Integer)
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False)
    total_emissions: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    rows: Mapped[list[InventoryRow]] = relationship(
        lazy="selectin", order_by="InventoryRow.line", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (UniqueConstraint("signatory_id", "external_id"),)


class InventoryRow(Base):
    """One sector line: activity and emissions, direct or indirect, IPCC or LCA factors."""

    __tablename__ = "inventory_rows"

    inventory_id: Mapped[str] = mapped_column(ForeignKey("inventories.id", ondelete="CASCADE"), primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)
    sector: Mapped[str] = mapped_column(String(40), nullable=False)
    scope: Mapped[str] = mapped_column(String(10), nullable=False)
    activity_mwh: Mapped[float | None] = mapped_column(Float)
    emissions_tco2e: Mapped[float] = mapped_column(Float, nullable=False)
    factor_type: Mapped[str] = mapped_column(String(10), nullable=False)
    # The CRF's activity data: the energy carrier and its emission factor (tCO2e/MWh).
    carrier: Mapped[str | None] = mapped_column(String(30))
    emission_factor: Mapped[float | None] = mapped_column(Float)


class RiskAssessment(Versioned, Base):
    __tablename__ = "risk_assessments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), nullable=False, index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False)
    hazards: Mapped[list[dict]] = mapped_column(JSON, nullable=False, default=list)
    vulnerable_groups: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class EnergyAccessAssessment(Versioned, Base):
    __tablename__ = "energy_access_assessments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), nullable=False, index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False)
    electricity_access_percent: Mapped[float | None] = mapped_column(Float)
    clean_cooking_access_percent: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class Report(Versioned, Base):
    """An action plan or a monitoring report, recorded here or approved in the action-plans service."""

    __tablename__ = "reports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    pillars: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(30), nullable=False, default="covenant")
    # The plan id in the action-plans service, so a redelivered approval counts once.
    external_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class SubmissionChange(Base):
    """A correction of something a signatory submitted: who changed or deleted what, when."""

    __tablename__ = "submission_changes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), nullable=False)
    resource: Mapped[str] = mapped_column(String(30), nullable=False)
    resource_id: Mapped[str] = mapped_column(String(36), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)  # updated | deleted
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    actor_role: Mapped[str] = mapped_column(String(30), nullable=False)
    # field -> {"from": old, "to": new}; a deletion keeps the whole record under "from".
    changes: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (Index("ix_submission_changes_signatory_id", "signatory_id", "id"),)


class DeadlineExtension(Base):
    """A reporting deadline moved for one signatory (MyCovenant's "request delay for reporting")."""

    __tablename__ = "deadline_extensions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signatory_id: Mapped[str] = mapped_column(ForeignKey("signatories.id", ondelete="CASCADE"), nullable=False, index=True)
    item: Mapped[str] = mapped_column(String(30), nullable=False)
    pillar: Mapped[str | None] = mapped_column(String(20))
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    granted_by: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class DeadlinePolicyRow(Versioned, Base):
    """The deadline policy of one regional covenant: data, not code."""

    __tablename__ = "deadline_policies"

    regional_covenant: Mapped[str] = mapped_column(String(40), primary_key=True)
    inventory_within_years: Mapped[int] = mapped_column(Integer, nullable=False)
    assessment_within_years: Mapped[int] = mapped_column(Integer, nullable=False)
    plan_within_years: Mapped[int] = mapped_column(Integer, nullable=False)
    monitoring_every_years: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class FeedCounter(Base):
    """The last change-feed position handed out; its row lock orders writers by commit."""

    __tablename__ = "feed_counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    # Tombstones up to here were pruned: an older cursor cannot be served (410).
    pruned_through: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class SignatoryTombstone(Base):
    """A deleted signatory, kept in the change feed so syncing systems delete it too."""

    __tablename__ = "signatory_tombstones"

    change_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    signatory_id: Mapped[str] = mapped_column(String(36), nullable=False)
    gcom_id: Mapped[str | None] = mapped_column(String(20))
    organisation_id: Mapped[str | None] = mapped_column(String(40))
    regional_covenant: Mapped[str] = mapped_column(String(40), nullable=False)
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class CovenantImport(ImportJobColumns, Base):
    """A bulk import from a CSV body, processed in the background."""

    __tablename__ = "covenant_imports"

    # Dirt the import cleaned up without failing the row ("-" read as missing, a lowercase code...).
    warnings: Mapped[list[dict]] = mapped_column(JSON, nullable=False, default=list)
    # The regional covenant of an office's key: rows of other covenants fail with 403.
    restricted_to_covenant: Mapped[str | None] = mapped_column(String(40))
