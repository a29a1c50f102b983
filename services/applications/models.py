"""Tables of the applications service (never exposed on the wire: see schemas.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.concurrency import Versioned
from shared.db import ServiceBase, UTCDateTime, new_metadata, utcnow
from shared.ids import new_id
from shared.importjobs import ImportJobColumns
from shared.invitations import InvitationColumns
from shared.tables import kit_tables


class Base(ServiceBase):
    __abstract__ = True
    metadata = new_metadata()


kit = kit_tables(Base.metadata)


class Stamped:
    """When a row was created and last written (row bookkeeping, not domain time)."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


class City(Versioned, Stamped, Base):
    __tablename__ = "cities"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    ascii_name: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    world_region: Mapped[str] = mapped_column(String(40), nullable=False)
    admin1_code: Mapped[str | None] = mapped_column(String(20))
    population: Mapped[int] = mapped_column(Integer, nullable=False)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geonames_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    timezone: Mapped[str | None] = mapped_column(String(64))
    languages: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    challenges: Mapped[str] = mapped_column(Text, nullable=False, default="")
    themes: Mapped[list[CityTheme]] = relationship(cascade="all, delete-orphan", lazy="selectin", order_by="CityTheme.theme")
    sdgs: Mapped[list[CitySdg]] = relationship(cascade="all, delete-orphan", lazy="selectin", order_by="CitySdg.sdg")

    __table_args__ = (
        CheckConstraint("population >= 0", name="population_not_negative"),
        Index("ix_cities_country_name", "country_code", "name"),
        Index("ix_cities_region_population", "world_region", "population"),
    )


class CityTheme(Base):
    """A city's themes, a table of their own so lists filter with an index on any database."""

    __tablename__ = "city_themes"

    city_id: Mapped[str] = mapped_column(ForeignKey("cities.id", ondelete="CASCADE"), primary_key=True)
    theme: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)


class CitySdg(Base):
    __tablename__ = "city_sdgs"

    city_id: Mapped[str] = mapped_column(ForeignKey("cities.id", ondelete="CASCADE"), primary_key=True)
    sdg: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)

    __table_args__ = (CheckConstraint("sdg BETWEEN 1 AND 17", name="sdg_range"),)


class Call(Versioned, Stamped, Base):
    __tablename__ = "calls"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    component: Mapped[str] = mapped_column(String(40), nullable=False)
    opens_on: Mapped[date] = mapped_column(Date, nullable=False)
    closes_on: Mapped[date] = mapped_column(Date, nullable=False)
    eligible_regions: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    population_threshold: Mapped[int] = mapped_column(Integer, nullable=False, default=100_000)
    min_cooperation_months: Mapped[int] = mapped_column(Integer, nullable=False, default=18)
    themes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    # What applicants see of their reviews: none | scores | full (docs/decisions/0019).
    review_visibility: Mapped[str] = mapped_column(String(10), nullable=False, default="none", server_default="none")
    # Closed early by the coordination unit (closes_on then is that day): no submission from that moment on.
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    close_reason: Mapped[str | None] = mapped_column(Text)
    # What its reviews score, and who reviews (docs/decisions/0027-applications-review.md); none: as before issue 17.
    criteria: Mapped[list[CallCriterion]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="CallCriterion.position"
    )
    reviewers: Mapped[list[CallReviewer]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="CallReviewer.reviewer"
    )

    __table_args__ = (
        CheckConstraint("closes_on >= opens_on", name="closes_after_opening"),
        CheckConstraint("review_visibility IN ('none', 'scores', 'full')", name="review_visibility_known"),
    )


class CallCriterion(Base):
    """A criterion a call's reviews score from 0 to 5 (or N/A where allowed), weighted in the total."""

    __tablename__ = "call_criteria"

    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    weight: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)
    na_allowed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    __table_args__ = (CheckConstraint("weight > 0", name="weight_positive"),)


class CallReviewer(Base):
    """A key (its id, the identity's subject) on a call's review panel."""

    __tablename__ = "call_reviewers"

    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(100), primary_key=True)


class Application(Versioned, Stamped, Base):
    __tablename__ = "applications"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id"), nullable=False, index=True)
    city_id: Mapped[str] = mapped_column(ForeignKey("cities.id"), nullable=False, index=True)
    member_city_ids: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    state: Mapped[str] = mapped_column(String(30), nullable=False, default="draft", index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    themes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    planned_cooperation_months: Mapped[int] = mapped_column(Integer, nullable=False, default=18)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    history: Mapped[list[ApplicationTransition]] = relationship(
        lazy="selectin", order_by="ApplicationTransition.seq", cascade="all, delete-orphan"
    )
    reviews: Mapped[list[Review]] = relationship(lazy="selectin", order_by="Review.created_at", cascade="all, delete-orphan")
    review_summary: Mapped[dict | None] = mapped_column(JSON)  # the weighted scores as they stood at the decision
    assignments: Mapped[list[ReviewAssignment]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="ReviewAssignment.reviewer"
    )
    conflicts: Mapped[list[ReviewConflict]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="ReviewConflict.reviewer"
    )
    # The call, for its review visibility when an applicant reads (selectin: a locking read locks only the application).
    call: Mapped[Call] = relationship(lazy="selectin", viewonly=True)
    # The cities invited to the group that have not answered yet (a view: writes go to the invitations).
    pending_invitations: Mapped[list[ApplicationInvitation]] = relationship(
        lazy="selectin",
        viewonly=True,
        primaryjoin="and_(ApplicationInvitation.application_id == Application.id, ApplicationInvitation.state == 'pending')",
        order_by="ApplicationInvitation.id",
    )


class ApplicationTransition(Base):
    """The application's history: every change of its state (who, when, why) and every edit (who, when, what)."""

    __tablename__ = "application_transitions"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), nullable=False, index=True)
    from_state: Mapped[str | None] = mapped_column(String(30))
    to_state: Mapped[str] = mapped_column(String(30), nullable=False)
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    actor_role: Mapped[str] = mapped_column(String(30), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    # An edit (PATCH) of the application rather than a change of its state (from_state = to_state): the fields it
    # changed, [{"field", "old", "new"}], old and new only for scalar fields. None for a change of state.
    changes: Mapped[list[dict] | None] = mapped_column(JSON)

    @property
    def kind(self) -> str:
        """`edit` for an edit of the application, `transition` for a change of its state."""
        return "transition" if self.changes is None else "edit"


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), nullable=False)
    reviewer: Mapped[str] = mapped_column(String(100), nullable=False)
    scores: Mapped[dict[str, int]] = mapped_column(JSON, nullable=False)
    recommendation: Mapped[str] = mapped_column(String(10), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the reviewer's last edit

    __table_args__ = (UniqueConstraint("application_id", "reviewer"),)


class ReviewAssignment(Base):
    """A reviewer of the call's panel asked to review an application."""

    __tablename__ = "review_assignments"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
    assigned_by: Mapped[str] = mapped_column(String(100), nullable=False)
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class ReviewConflict(Base):
    """A reviewer's declared conflict of interest with an application: it never reviews it."""

    __tablename__ = "review_conflicts"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(100), primary_key=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class CityImport(ImportJobColumns, Base):
    """A bulk registration from a CSV body, processed in the background."""

    __tablename__ = "city_imports"


class ApplicationInvitation(InvitationColumns, Versioned, Base):
    """A city asked to join a group application as a member; it is added only when it accepts."""

    __tablename__ = "application_invitations"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), nullable=False, index=True)

    __table_args__ = (
        CheckConstraint("state IN ('pending', 'accepted', 'declined', 'withdrawn')", name="state_known"),
        # One open invitation per city and application.
        Index(
            "uq_application_invitations_pending",
            "application_id",
            "city_id",
            unique=True,
            sqlite_where=text("state = 'pending'"),
            postgresql_where=text("state = 'pending'"),
        ),
    )
