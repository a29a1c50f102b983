"""Tables of the insights service (never exposed on the wire: see schemas.py).

A figure is a daily aggregate: `(metric, day, dimensions) += n`, with the running total beside it
so the landing page reads one row per bucket instead of summing history. `tracked` keeps what the
read model needs of each entity (its current state, dimensions, coordinates) to move a stock from
its old bucket to its new one; `progress` counts what was applied.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, BigInteger, Date, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import ServiceBase, new_metadata
from shared.tables import kit_tables


class Base(ServiceBase):
    __abstract__ = True
    metadata = new_metadata()


kit = kit_tables(Base.metadata)

BigCount = BigInteger().with_variant(Integer(), "sqlite")


class DailyValue(Base):
    """The change of one metric in one bucket of dimensions on one day (UTC, the event's `ce-time`)."""

    __tablename__ = "daily_values"

    metric: Mapped[str] = mapped_column(String(100), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    # The dimensions as canonical JSON (sorted keys), so one bucket is one key.
    dims_key: Mapped[str] = mapped_column(String(1000), primary_key=True)
    dims: Mapped[dict] = mapped_column(JSON, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)


class MetricTotal(Base):
    """The sum of every day of one metric and bucket: a stock's current level, a flow's total."""

    __tablename__ = "metric_totals"

    metric: Mapped[str] = mapped_column(String(100), primary_key=True)
    dims_key: Mapped[str] = mapped_column(String(1000), primary_key=True)
    dims: Mapped[dict] = mapped_column(JSON, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)


class Tracked(Base):
    """What the read model keeps of one entity (a city, a pairing, a signatory...)."""

    __tablename__ = "tracked"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    attributes: Mapped[dict] = mapped_column(JSON, nullable=False)


class Progress(Base):
    """How many events were applied, and the latest `ce-time` among them."""

    __tablename__ = "progress"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    events_applied: Mapped[int] = mapped_column(BigCount, nullable=False, default=0)
    # ISO 8601 in one fixed form (`2026-11-01T09:00:00.000000Z`), so text order is time order.
    last_event_time: Mapped[str | None] = mapped_column(String(40))
