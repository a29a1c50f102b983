"""Tables of the action-plans service (never exposed on the wire: see schemas.py)."""

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


class Plan(Versioned, Base):
    """A local action plan of a paired city, or the SECAP of a Covenant signatory."""

    __tablename__ = "plans"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Whose plan it is: a city of the applications service, or (SECAP) the signatory's name.
    city_id: Mapped[str | None] = mapped_column(String(36), index=True)
    city_name: Mapped[str] = mapped_column(String(500), nullable=False)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    pairing_id: Mapped[str | None] = mapped_column(String(36), index=True)
    partner: Mapped[dict | None] = mapped_column(JSON)  # the other party of the pairing
    signatory_id: Mapped[str | None] = mapped_column(String(36), unique=True)  # one SECAP per signatory
    gcom_id: Mapped[str | None] = mapped_column(String(20))
    regional_covenant: Mapped[str | None] = mapped_column(String(40), index=True)
    pillars: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    review_comments: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    history: Mapped[list[PlanTransition]] = relationship(
        lazy="selectin", order_by="PlanTransition.seq", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("kind IN ('local_action_plan', 'secap')", name="kind_known"),
        CheckConstraint(
            "state IN ('draft', 'submitted', 'returned', 'approved', 'implementing', 'completed')", name="state_known"
        ),
        CheckConstraint("period_end IS NULL OR period_end >= period_start", name="period_ordered"),
        # A redelivered pairing.confirmed finds the plan it made and makes no second one.
        UniqueConstraint("pairing_id", "city_id"),
        Index("ix_plans_state_kind", "state", "kind"),
    )


class PlanTransition(Base):
    """One step of a plan's life, with who took it and the reviewer's comments."""

    __tablename__ = "plan_transitions"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20), nullable=False)
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    actor_role: Mapped[str] = mapped_column(String(30), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class ActionDependency(Base):
    """`action_id` cannot finish before `depends_on_id`: an edge of the plan's acyclic graph."""

    __tablename__ = "action_dependencies"

    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True)
    depends_on_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True, index=True)

    __table_args__ = (CheckConstraint("action_id <> depends_on_id", name="not_self"),)


class ActionIndicator(Base):
    """An indicator that tells whether an action is on track."""

    __tablename__ = "action_indicators"

    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), primary_key=True, index=True)


class Action(Versioned, Base):
    """An activity, pilot project, policy, investment or capacity building of a plan."""

    __tablename__ = "actions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    theme: Mapped[str | None] = mapped_column(String(60), index=True)
    sector: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    budget_amount: Mapped[float | None] = mapped_column(Float)
    budget_currency: Mapped[str | None] = mapped_column(String(3))
    impact_value: Mapped[float | None] = mapped_column(Float)
    impact_unit: Mapped[str | None] = mapped_column(String(60))
    # Responsible organisations, each {"name", "role": primary|collaborator, "contact_role"}:
    # contacts are held as roles ("energy officer"), never as personal data.
    organisations: Mapped[list[dict]] = mapped_column(JSON, nullable=False, default=list)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    # Computed; recomputed on every change and by the daily pass.
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="not_started")
    status_reasons: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    status_changed_on: Mapped[date | None] = mapped_column(Date)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # action.completed goes out once, even if the action is reopened and completed again.
    completion_announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    tasks: Mapped[list[Task]] = relationship(
        lazy="selectin", order_by="(Task.due_on, Task.id)", cascade="all, delete-orphan", passive_deletes=True
    )
    dependencies: Mapped[list[ActionDependency]] = relationship(
        lazy="selectin",
        foreign_keys=[ActionDependency.action_id],
        order_by="ActionDependency.depends_on_id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    indicator_links: Mapped[list[ActionIndicator]] = relationship(
        lazy="selectin", order_by="ActionIndicator.indicator_id", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("kind IN ('activity', 'pilot_project', 'policy', 'investment', 'capacity_building')", name="kind_known"),
        CheckConstraint("status IN ('completed', 'cancelled', 'late', 'on_time', 'not_started')", name="status_known"),
        CheckConstraint("starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on", name="dates_ordered"),
        CheckConstraint("budget_amount IS NULL OR budget_amount >= 0", name="budget_not_negative"),
        CheckConstraint("(budget_amount IS NULL) = (budget_currency IS NULL)", name="budget_has_currency"),
        Index("ix_actions_status", "status"),
    )

    @property
    def budget(self) -> dict | None:
        """The budget as one value (amount and currency), or None."""
        return {"amount": self.budget_amount, "currency": self.budget_currency} if self.budget_currency is not None else None

    @property
    def expected_impact(self) -> dict | None:
        """The expected impact as one value (value and unit), or None."""
        return {"value": self.impact_value, "unit": self.impact_unit} if self.impact_unit else None


class Task(Versioned, Base):
    """A step of an action with a due date: not_started -> in_progress -> completed | cancelled."""

    __tablename__ = "tasks"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="not_started")
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # task.overdue goes out once per task.
    overdue_announced_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (
        CheckConstraint("state IN ('not_started', 'in_progress', 'completed', 'cancelled')", name="state_known"),
        # The rule of the issue, kept by the database too: completed_at exactly when completed.
        CheckConstraint("(state = 'completed') = (completed_at IS NOT NULL)", name="completed_at_iff_completed"),
        Index("ix_tasks_open_due", "state", "due_on"),
    )


class Indicator(Versioned, Base):
    """A measurable quantity of a plan: unit, desired direction, baseline, goals, measurements."""

    __tablename__ = "indicators"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    unit: Mapped[str] = mapped_column(String(60), nullable=False)
    direction: Mapped[str] = mapped_column(String(10), nullable=False)
    baseline_value: Mapped[float] = mapped_column(Float, nullable=False)
    baseline_on: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    goals: Mapped[list[IndicatorGoal]] = relationship(
        lazy="selectin", order_by="IndicatorGoal.due_on", cascade="all, delete-orphan", passive_deletes=True
    )
    measurements: Mapped[list[Measurement]] = relationship(
        lazy="selectin",
        order_by="(Measurement.measured_on, Measurement.created_at)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (CheckConstraint("direction IN ('increase', 'decrease')", name="direction_known"),)

    @property
    def baseline(self) -> dict:
        """Where the indicator started: its value and date."""
        return {"value": self.baseline_value, "on": self.baseline_on}

    @property
    def latest(self) -> Measurement | None:
        """The most recent measurement (the last recorded of its day), or None."""
        return max(self.measurements, key=lambda m: (m.measured_on, m.created_at)) if self.measurements else None


class IndicatorGoal(Base):
    """A dated value the indicator should reach; together the goals form its trajectory."""

    __tablename__ = "indicator_goals"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), primary_key=True)
    due_on: Mapped[date] = mapped_column(Date, primary_key=True)
    value: Mapped[float] = mapped_column(Float, nullable=False)


class Measurement(Base):
    """A measured value of an indicator on a date, with where it comes from."""

    __tablename__ = "measurements"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), nullable=False, index=True)
    measured_on: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    data_source: Mapped[str] = mapped_column(String(500), nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class ProgressReport(Base):
    """A frozen snapshot of a plan for a reporting period."""

    __tablename__ = "progress_reports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    snapshot: Mapped[dict] = mapped_column(JSON, nullable=False)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (CheckConstraint("period_end >= period_start", name="period_ordered"),)
