"""The kit's own tables, created in each service's metadata so its migrations include them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from shared.db import UTCDateTime, utcnow

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
BigId = BigInteger().with_variant(Integer(), "sqlite")


@dataclass(frozen=True)
class KitTables:
    """outbox, inbox and idempotency_keys, bound to one service's metadata."""

    outbox: Table
    inbox: Table
    idempotency: Table


def kit_tables(metadata: MetaData) -> KitTables:
    """Declare the kit's tables in `metadata` (call once per service)."""
    outbox = Table(
        "outbox",
        metadata,
        Column("seq", BigId, primary_key=True, autoincrement=True),
        Column("event_id", String(36), nullable=False, unique=True),
        Column("nats_subject", String(200), nullable=False),
        Column("type", String(200), nullable=False),
        Column("source", String(200), nullable=False),
        Column("subject", String(200)),
        Column("time", String(40), nullable=False),
        Column("traceparent", String(100)),
        Column("data", JSON, nullable=False),
        Column("created_at", UTCDateTime, nullable=False, default=utcnow),
        Column("published_at", UTCDateTime),
        Column("attempts", Integer, nullable=False, server_default="0"),
        Column("last_error", Text),
    )
    Index("ix_outbox_unpublished", outbox.c.published_at, outbox.c.seq)
    inbox = Table(
        "inbox",
        metadata,
        Column("consumer", String(100), nullable=False),
        Column("source", String(200), nullable=False),
        Column("event_id", String(100), nullable=False),
        Column("type", String(200), nullable=False),
        Column("received_at", UTCDateTime, nullable=False, default=utcnow),
        PrimaryKeyConstraint("consumer", "source", "event_id"),
    )
    idempotency = Table(
        "idempotency_keys",
        metadata,
        Column("principal", String(100), nullable=False),
        Column("key", String(200), nullable=False),
        Column("method", String(10), nullable=False),
        Column("path", String(500), nullable=False),
        Column("body_hash", String(64), nullable=False),
        Column("status_code", Integer),
        Column("response_headers", JSON),
        Column("response_body", LargeBinary),
        Column("created_at", UTCDateTime, nullable=False, default=utcnow),
        PrimaryKeyConstraint("principal", "key"),
    )
    return KitTables(outbox=outbox, inbox=inbox, idempotency=idempotency)
