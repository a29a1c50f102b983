"""Durable pull consumers with an inbox: each event is handled once, acked after commit.

- A duplicate (same consumer, source and id in the inbox) is acked and skipped.
- A transient failure is nak'ed with a growing delay, up to `max_deliver` deliveries.
- A poison message (not a CloudEvent, an unknown type, invalid data, an event whose
  `ce-source` or type is not of the service owning its subject, or a handler raising
  `PoisonEvent`) is terminated at once. JetStream then publishes a MSG_TERMINATED (or,
  after the last try, MAX_DELIVERIES) advisory, which the dead-letter stream keeps.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from nats.aio.msg import Msg
from nats.errors import TimeoutError as NatsTimeout
from nats.js import JetStreamContext
from nats.js.errors import FetchTimeoutError
from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.clock import Clock
from shared.db import is_sqlite
from shared.durables import ensure_durable, in_progress
from shared.events import CloudEvent, EventPayload
from shared.tracing import consumer_span

log = logging.getLogger("iuc.consumer")


@dataclass(frozen=True)
class EventContext:
    """What a handler works with: the transaction, the events at hand, the service's clock
    and its app state (for service-wide resources such as covenant's regional map)."""

    session: AsyncSession
    events: list[CloudEvent]
    clock: Clock
    state: Any = None

    @property
    def event(self) -> CloudEvent:
        """The event a single-event handler is handling."""
        return self.events[0]


# Each handler is keyed by its contract class; the kit validates the data against it and
# hands the handler the payload, so no handler parses, casts or asserts.
Handler = Callable[[EventContext, Any], Awaitable[None]]  # (ctx, payload)
# Takes consecutive new events of one type at once (e.g. to read what they refer to in one query).
BatchHandler = Callable[[EventContext, list[Any]], Awaitable[None]]  # (ctx, payloads), ctx.events alike


class PoisonEvent(Exception):
    """Raised by a handler for an event that can never succeed; it goes to the dead letters."""


class ForgedEvent(PoisonEvent):
    """An event that claims another producer than the one its subject belongs to."""


def provenance_problem(event: CloudEvent) -> str | None:
    """Why an event cannot come from the service that owns its subject, or None.

    NATS permissions let only a service (and its relay) publish `iuc.<service>.>`; an event
    there must also say it comes from that service (`ce-source` `/iuc/<service>`) and be of a
    type of that subject, or a holder of one service's credentials could pass its message off
    as another's (a forged `iuc.pairing.pairing.confirmed` opened action plans, issue 13)."""
    parts = event.nats_subject.split(".")
    if len(parts) < 3 or parts[0] != "iuc":
        return f"subject {event.nats_subject} is not an event subject iuc.<service>.<entity>.<event>"
    owner = f"/iuc/{parts[1]}"
    if event.source != owner:
        return f"ce-source {event.source!r} is not {owner!r}, the owner of {event.nats_subject}"
    if event.type.rsplit(".", 1)[0] != event.nats_subject:
        return f"ce-type {event.type!r} is not a type of subject {event.nats_subject}"
    return None


def nak_delay(delivery: int) -> float:
    """Back-off before the next try: 0.5s, 1s, 2s, ... capped at 30s."""
    return min(0.5 * 2 ** min(max(delivery - 1, 0), 6), 30.0)


async def insert_ignoring_duplicate(session: AsyncSession, table: Table, values: dict) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; True if the row was new."""
    dialect_insert = sqlite_insert if is_sqlite(session.bind) else pg_insert
    result = await session.execute(dialect_insert(table).values(**values).on_conflict_do_nothing())
    return result.rowcount == 1


async def insert_new_keys(session: AsyncSession, table: Table, rows: list[dict], key: tuple[str, ...]) -> set[tuple]:
    """One INSERT ... ON CONFLICT DO NOTHING RETURNING for many rows; the keys of the rows
    that were new. The rows must not repeat a key among themselves."""
    if not rows:
        return set()
    dialect_insert = sqlite_insert if is_sqlite(session.bind) else pg_insert
    returned = [table.c[k] for k in key]
    # Executemany: SQLAlchemy sends it as multi-row VALUES ("insertmanyvalues"), and the
    # statement compiles once instead of once per batch size.
    stmt = dialect_insert(table).on_conflict_do_nothing().returning(*returned)
    return {tuple(r) for r in (await session.execute(stmt, rows)).all()}


@dataclass
class Consumer:
    """One durable consumer: a name, the subjects it listens to, and a handler per event type."""

    durable: str
    handlers: dict[type[EventPayload], Handler]  # contract -> handler of one event
    batch_handlers: dict[type[EventPayload], BatchHandler] = field(default_factory=dict)  # contract -> handler of a run
    # With the back-off of nak_delay, 10 tries span about two minutes: enough to ride out a
    # database restart before an event is given up to the dead letters.
    max_deliver: int = 10
    # How long JetStream waits for an ack before it sends a message again. Short, so that the
    # messages a killed process held come back seconds after it restarts, not 30 s later; a
    # batch that takes longer sends in-progress heartbeats instead (decision 0021).
    ack_wait_seconds: float = 5.0
    # Messages per fetch, handled in one transaction: large enough that a consumer behind by
    # a bulk import's 20,000 events pays for few commits, small enough to keep a transaction short.
    batch: int = 250
    subjects: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._runs: dict[str, tuple[type[EventPayload], BatchHandler]] = {}
        for contract, handler in self.handlers.items():
            self._runs[contract.event_type()] = (contract, _one_by_one(handler))
        for contract, run in self.batch_handlers.items():
            self._runs[contract.event_type()] = (contract, run)
        if not self.subjects:
            # iuc.<service>.<entity>.<event>.v1 -> subject iuc.<service>.<entity>.<event>
            self.subjects = sorted({t.rsplit(".", 1)[0] for t in self._runs})

    @property
    def event_types(self) -> list[str]:
        """The CloudEvents types this consumer handles."""
        return sorted(self._runs)

    def run_for(self, event_type: str) -> tuple[type[EventPayload], BatchHandler] | None:
        """The contract and run handler of an event type, if this consumer handles it."""
        return self._runs.get(event_type)


def _one_by_one(handler: Handler) -> BatchHandler:
    """A handler of single events, as a handler of runs."""

    async def run(ctx: EventContext, payloads: list[Any]) -> None:
        for event, payload in zip(ctx.events, payloads, strict=True):
            await handler(EventContext(ctx.session, [event], ctx.clock, ctx.state), payload)

    return run


def _payload(event: CloudEvent, contract: type[EventPayload]) -> EventPayload:
    """The event's data as `contract`; PoisonEvent if it is not one (no assert: -O keeps this)."""
    try:
        payload = event.payload()
    except ValueError as exc:
        raise PoisonEvent(f"invalid {event.type} data: {exc}") from exc
    if not isinstance(payload, contract):
        raise PoisonEvent(f"{event.type} data is a {type(payload).__name__}, not a {contract.__name__}")
    return payload


class ConsumerRunner:
    """Fetches from one durable consumer and handles each message in its own transaction."""

    def __init__(
        self,
        consumer: Consumer,
        sessionmaker: async_sessionmaker[AsyncSession],
        inbox: Table,
        js: JetStreamContext,
        stream: str = "IUC",
        *,
        clock: Clock | None = None,
        state: Any = None,
    ) -> None:
        self.consumer = consumer
        self.clock = clock or Clock()
        self.state = state
        self.sessionmaker = sessionmaker
        self.inbox = inbox
        self.js = js
        self.stream = stream
        self._stopping = False
        self.handled = 0
        self.skipped = 0

    async def ensure(self) -> None:
        """Create or update the durable consumer (shared/durables.py)."""
        await ensure_durable(self.js, self.stream, self.consumer)

    def stop(self) -> None:
        """Finish after the current fetch."""
        self._stopping = True

    async def run(self) -> None:
        """Fetch and handle until stopped; survives NATS restarts."""
        await self.ensure()
        psub = await self.js.pull_subscribe_bind(durable=self.consumer.durable, stream=self.stream)
        while not self._stopping:
            try:
                msgs = await psub.fetch(self.consumer.batch, timeout=1.0)
            except (FetchTimeoutError, NatsTimeout, TimeoutError):
                continue
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - connection trouble: wait and try again
                log.warning("fetch on %s failed: %s", self.consumer.durable, exc)
                await asyncio.sleep(1.0)
                continue
            async with in_progress(msgs, self.consumer.ack_wait_seconds):  # a long batch is not sent again
                await self.handle_batch(msgs)

    async def handle_batch(self, msgs: list[Msg]) -> None:
        """Handle a fetched batch in one transaction; on any failure, one message at a time.

        One commit per batch instead of one per event: a consumer behind by thousands of
        events (after a bulk import) catches up several times faster. A failing event rolls
        the batch back, and `handle` then gives each message its own transaction, ack, nak
        or term, exactly as if the batch had never been tried.
        """
        if len(msgs) == 1:
            await self.handle(msgs[0])
            return
        parsed: list[tuple[Msg, CloudEvent, BatchHandler]] = []
        for msg in msgs:
            try:
                event, handler = self._parse(msg)
            except (ValueError, PoisonEvent):
                await self.handle(msg)  # terms it, with the reason in the log
                continue
            parsed.append((msg, event, handler))
        try:
            async with self.sessionmaker() as session, session.begin():
                fresh = await self._record_many(session, [event for _, event, _ in parsed])
                run: list[CloudEvent] = []
                run_handler: BatchHandler | None = None
                for (_, event, handler), is_new in zip(parsed, fresh, strict=True):
                    if not is_new:
                        continue
                    if handler is not run_handler and run:
                        await self._call(session, run_handler, run)
                        run = []
                    run_handler = handler
                    run.append(event)
                if run and run_handler is not None:
                    await self._call(session, run_handler, run)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - retried one by one, which naks or terms the culprit
            for msg, _, _ in parsed:
                await self.handle(msg)
            return
        for (msg, _, _), is_new in zip(parsed, fresh, strict=True):
            await msg.ack()
            if is_new:
                self.handled += 1
            else:
                self.skipped += 1

    def _parse(self, msg: Msg) -> tuple[CloudEvent, BatchHandler]:
        """The event and what handles it (as a run of events); ValueError or PoisonEvent if the
        message can never be handled."""
        event = CloudEvent.from_nats(msg.subject, msg.headers, msg.data)
        forged = provenance_problem(event)
        if forged is not None:
            raise ForgedEvent(forged)
        found = self.consumer.run_for(event.type)
        if found is None:
            raise PoisonEvent(f"no handler for {event.type}")
        contract, run_handler = found
        _payload(event, contract)  # validated here, once: the handler gets the cached payload
        return event, run_handler

    async def _call(self, session: AsyncSession, run_handler: BatchHandler, events: list[CloudEvent]) -> None:
        with consumer_span(self.consumer.durable, events):  # a no-op unless tracing is on
            await run_handler(EventContext(session, events, self.clock, self.state), [event.payload() for event in events])

    def _inbox_row(self, event: CloudEvent) -> dict:
        return {"consumer": self.consumer.durable, "source": event.source, "event_id": event.id, "type": event.type}

    async def _record(self, session: AsyncSession, event: CloudEvent) -> bool:
        """Note the event in the inbox; False if this consumer has seen it before."""
        return await insert_ignoring_duplicate(session, self.inbox, self._inbox_row(event))

    async def _record_many(self, session: AsyncSession, events: list[CloudEvent]) -> list[bool]:
        """Note a batch of events in the inbox with one statement; per event, whether it is new
        (a repeat within the batch is not)."""
        rows: dict[tuple[str, str], dict] = {}
        for event in events:
            rows.setdefault((event.source, event.id), self._inbox_row(event))
        new = await insert_new_keys(session, self.inbox, list(rows.values()), ("source", "event_id"))
        fresh = []
        for event in events:
            key = (event.source, event.id)
            fresh.append(key in new)
            new.discard(key)  # a second copy in the same batch is a duplicate
        return fresh

    async def handle(self, msg: Msg) -> str:
        """Handle one message; returns what was done: handled, duplicate, retry or poison."""
        delivery = msg.metadata.num_delivered if msg.metadata else 1
        try:
            event, handler = self._parse(msg)
        except ForgedEvent as exc:
            log.warning("refused a forged event on %s (%s): %s", msg.subject, self.consumer.durable, exc)
            await msg.term()
            return "poison"
        except (ValueError, PoisonEvent) as exc:
            log.error("poison message on %s (%s): %s", msg.subject, self.consumer.durable, exc)
            await msg.term()
            return "poison"
        try:
            async with self.sessionmaker() as session, session.begin():
                is_new = await self._record(session, event)
                if is_new:
                    await self._call(session, handler, [event])
        except PoisonEvent as exc:
            log.error("event %s %s is poison for %s: %s", event.type, event.id, self.consumer.durable, exc)
            await msg.term()
            return "poison"
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - anything else may pass on a later try
            delay = nak_delay(delivery)
            log.warning("event %s %s failed on try %d (%s); retry in %.1fs", event.type, event.id, delivery, exc, delay)
            await msg.nak(delay=delay)
            return "retry"
        await msg.ack()
        if is_new:
            self.handled += 1
            return "handled"
        self.skipped += 1
        return "duplicate"
