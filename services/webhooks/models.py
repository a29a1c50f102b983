"""Tables of the webhooks service (never exposed on the wire: see schemas.py).

An endpoint belongs to the key that made it; each event that matches at least one endpoint is
one message (the exact JSON sent), and each (message, endpoint) one delivery whose schedule is
in the database, so retries survive restarts; every try is an attempt row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.concurrency import Versioned
from shared.db import ServiceBase, UTCDateTime, new_metadata, utcnow
from shared.ids import new_id
from shared.tables import kit_tables


class Base(ServiceBase):
    __abstract__ = True
    metadata = new_metadata()


kit = kit_tables(Base.metadata)


def new_message_id() -> str:
    """A message id: `msg_` and a time-ordered id."""
    return f"msg_{new_id()}"


class Endpoint(Versioned, Base):
    """A partner's URL subscribed to event types, owned by the key that created it."""

    __tablename__ = "endpoints"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # shared.contracts.visibility.Owner.as_dict(): what the owner may read, as it was at creation.
    owner: Mapped[dict] = mapped_column(JSON, nullable=False)
    owner_subject: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    url: Mapped[str] = mapped_column(String(2000), nullable=False)
    description: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    event_types: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default="active")
    disabled_reason: Mapped[str | None] = mapped_column(String(200))
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The first failure of the current run of failures (None while deliveries succeed).
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    secrets: Mapped[list[EndpointSecret]] = relationship(
        lazy="selectin", order_by="EndpointSecret.created_at", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def current_secret(self) -> str | None:
        """The secret that signs with no end date (the newest)."""
        current = [s for s in self.secrets if s.expires_at is None]
        return current[-1].secret if current else None

    __table_args__ = (
        CheckConstraint("state IN ('active', 'disabled')", name="state_known"),
        Index("ix_endpoints_state", "state"),
    )


class EndpointSecret(Base):
    """A signing secret of an endpoint; the current one has no expiry, a rotated one signs 24 h more."""

    __tablename__ = "endpoint_secrets"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    endpoint_id: Mapped[str] = mapped_column(ForeignKey("endpoints.id", ondelete="CASCADE"), nullable=False, index=True)
    secret: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Message(Base):
    """One event (or ping) as it is sent: the exact JSON body, signed as is."""

    __tablename__ = "messages"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=new_message_id)
    # The event's id is the `webhook-id` (None for a ping, whose webhook-id is the message id).
    event_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    event_type: Mapped[str] = mapped_column(String(200), nullable=False)
    event_source: Mapped[str | None] = mapped_column(String(200))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    @property
    def webhook_id(self) -> str:
        """The `webhook-id` header: stable across retries."""
        return self.event_id or self.id


class Delivery(Base):
    """A message to one endpoint: its state and when it is tried next."""

    __tablename__ = "deliveries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), nullable=False)
    endpoint_id: Mapped[str] = mapped_column(ForeignKey("endpoints.id", ondelete="CASCADE"), nullable=False, index=True)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What made the next try due: the schedule, a manual retry or a recovery.
    trigger: Mapped[str] = mapped_column(String(10), nullable=False, default="scheduled")
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("message_id", "endpoint_id"),
        CheckConstraint("state IN ('pending', 'succeeded', 'failed')", name="state_known"),
        CheckConstraint("trigger IN ('scheduled', 'manual', 'recover')", name="trigger_known"),
        Index("ix_deliveries_due", "state", "next_attempt_at"),
    )


class Attempt(Base):
    """One try of a delivery: when, the answer (or why there was none), how long it took."""

    __tablename__ = "attempts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    delivery_id: Mapped[str] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), nullable=False, index=True)
    endpoint_id: Mapped[str] = mapped_column(ForeignKey("endpoints.id", ondelete="CASCADE"), nullable=False)
    message_id: Mapped[str] = mapped_column(String(40), nullable=False)
    event_type: Mapped[str] = mapped_column(String(200), nullable=False)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    status_code: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[float] = mapped_column(Float, nullable=False)
    error: Mapped[str | None] = mapped_column(String(500))
    response_excerpt: Mapped[str] = mapped_column(Text, nullable=False, default="")
    trigger: Mapped[str] = mapped_column(String(10), nullable=False)

    __table_args__ = (Index("ix_attempts_endpoint_time", "endpoint_id", "attempted_at", "id"),)
