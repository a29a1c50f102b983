"""The transactional outbox: events are written in the same transaction as the change,
and a relay publishes them to JetStream afterwards.

The relay runs in the service's process or in a process of its own (`python -m
shared.relay <service>`, decision 0001). Either way a commit that wrote events wakes it at
once: the relay of the same process directly, every other relay of the service by a NATS
message on `wake_subject(service)` (plain NATS, not stored).

A crash between publish and mark is harmless: the row is published again with the same
`Nats-Msg-Id`, and JetStream's duplicate window stores it once.

A row the stream refuses for what it is (too large, a 4xx answer) does not hold up the rows
behind it: it keeps `last_error` and its `attempts`, and after `PARK_AFTER` tries the relay
leaves it alone (set `attempts` back to 0 to try it again). A row larger than the server's
`max_payload` (data and headers) is refused that way without being sent: sent, the server
would drop the connection. A refusal that says nothing about the row (no stream, a 5xx
answer, no answer) fails the whole pass, which is retried.

nats-py closes a client for good in some cases (an -ERR from the server); a relay given a
`reconnect` factory replaces a closed client with a fresh one before its next pass. After a
failed pass it backs off, but probes the stream meanwhile (`stream`) and goes on as soon as
the stream answers, so a failover holds publishing up no longer than the election.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.errors import Error as NatsError
from sqlalchemy import Row, Select, Table, Text, Update, bindparam, cast, event, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from shared.db import insert_many, is_sqlite
from shared.events import CloudEvent, EventPayload, binary_headers
from shared.nats import PublishFailed, StreamPublisher
from shared.tracing import current_traceparent

log = logging.getLogger("iuc.outbox")

_WAKE_KEY = "iuc_outbox_wake"
# Tries before a row the stream refuses for what it is gets left alone (it would fail again).
PARK_AFTER = 5
# While backing off, the relay asks the stream this often whether it answers again.
PROBE_INTERVAL_SECONDS = 0.25
PROBE_TIMEOUT_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 5.0
CLOSED_CHECK_SECONDS = 1.0
WAKE_SUBJECT_PREFIX = "_IUC_RELAY"


def wake_subject(service: str) -> str:
    """The plain NATS subject that wakes a service's relays (outside the `iuc.>` stream)."""
    return f"{WAKE_SUBJECT_PREFIX}.{service}"


def on_commit(sessionmaker: async_sessionmaker[AsyncSession], callback: Callable[[], None]) -> None:
    """Call `callback` after each commit, by a session of this sessionmaker, that wrote outbox rows."""
    info = dict(sessionmaker.kw.get("info") or {})
    info[_WAKE_KEY] = [*info.get(_WAKE_KEY, ()), callback]
    sessionmaker.configure(info=info)


def separate_session(session: AsyncSession) -> AsyncSession:
    """A session of its own on `session`'s engine whose commits wake the same relays: for an event that
    is stored although the request's transaction is rolled back (a refusal answered with a 4xx)."""
    return AsyncSession(session.bind, expire_on_commit=False, info={_WAKE_KEY: list(session.info.get(_WAKE_KEY, ()))})


def _row(ce: CloudEvent) -> dict:
    return {
        "event_id": ce.id,
        "nats_subject": ce.nats_subject,
        "type": ce.type,
        "source": ce.source,
        "subject": ce.subject,
        "time": ce.time,
        "traceparent": ce.traceparent,
        "data": ce.data,
        "created_at": datetime.now(UTC),
    }


async def record_events(session: AsyncSession, outbox: Table, events: list[tuple[EventPayload, str | None]]) -> list[CloudEvent]:
    """Write events (payload, subject) into the outbox within the session's transaction, in one
    statement; the relay is woken after commit."""
    if not events:
        return []
    # The request's (or handler's) trace goes with its events: the relay sends it as `ce-traceparent`.
    traceparent = current_traceparent()
    ces = [CloudEvent.new(payload, subject, traceparent) for payload, subject in events]
    await insert_many(session, outbox, [_row(ce) for ce in ces])
    session.sync_session.info["iuc_outbox_pending_wake"] = True
    return ces


async def record_event(session: AsyncSession, outbox: Table, payload: EventPayload, subject: str | None) -> CloudEvent:
    """Write one event into the outbox within the session's transaction."""
    return (await record_events(session, outbox, [(payload, subject)]))[0]


@event.listens_for(Session, "after_commit")
def _wake_relay(session: Session) -> None:
    if session.info.pop("iuc_outbox_pending_wake", False):
        for wake in session.info.get(_WAKE_KEY, ()):
            wake()


@event.listens_for(Session, "after_rollback")
def _forget_wake(session: Session) -> None:
    session.info.pop("iuc_outbox_pending_wake", None)


# After a wake message, the commits of this long share the next one: under load a relay makes
# one pass for a dozen events instead of one for each (a pass, four statements, costs more than
# the events it publishes), and the service sends a NATS message per burst, not per commit.
# The first commit after a quiet spell is signalled at once; under load an event waits for its
# relay at most this much longer. (10 ms: 0.32 ms of relay CPU per PUT of a signatory at 400
# a second on PostgreSQL; 25 ms: 0.15.)
COALESCE_SECONDS = 0.02


class CommitSignal:
    """Tells the relays in other processes that a commit wrote events: one NATS message per
    burst of commits (at most one per `coalesce_seconds`), sent by `run`."""

    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], subject: str, *, coalesce_seconds: float = COALESCE_SECONDS
    ) -> None:
        self.subject = subject
        self.coalesce_seconds = coalesce_seconds
        self._pending = asyncio.Event()
        on_commit(sessionmaker, self._pending.set)

    async def run(self, nc: Client) -> None:
        """Send the wake messages, for as long as the service runs."""
        while True:
            await self._pending.wait()
            self._pending.clear()
            try:
                await nc.publish(self.subject, b"")
            except Exception as exc:  # noqa: BLE001 - the relays' slow poll still finds the rows
                log.warning("could not wake the relays on %s: %s", self.subject, exc)
            await asyncio.sleep(self.coalesce_seconds)


class OutboxRelay:
    """Publishes unpublished outbox rows in order; safe with several replicas."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        outbox: Table,
        nc: Client | None,
        *,
        batch_size: int = 1000,
        idle_poll_seconds: float = 5.0,
        publish_timeout: float = 5.0,
        reconnect: Callable[[], Awaitable[Client]] | None = None,
        stream: str | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.outbox = outbox
        self.publisher = StreamPublisher(nc) if nc is not None else None
        # Makes a fresh client when nats-py has closed ours for good; without it a closed
        # client stays closed (and every pass fails).
        self.reconnect = reconnect
        # The stream probed while backing off; without it the back-off ends at a commit's wake-up.
        self.stream = stream
        self._listening: list[str] = []
        self._own_connections: list[Client] = []
        self.batch_size = batch_size
        self.idle_poll_seconds = idle_poll_seconds
        self.publish_timeout = publish_timeout
        self._wake = asyncio.Event()
        self._stopping = False
        self._full_batch = False  # the last pass read a whole batch: more may be waiting
        self._pending_rows: Select | None = None
        self._mark_published: Update | None = None
        # Test seam: called with each event id after the publish and before the rows are marked.
        self.after_publish: Callable[[str], Awaitable[None]] | None = None
        # Sessions made by this sessionmaker wake the relay after they commit.
        on_commit(sessionmaker, self.wake)

    def connect(self, nc: Client, *, reconnect: Callable[[], Awaitable[Client]] | None = None, stream: str | None = None) -> None:
        """Publish over this NATS connection (the service connects after it has started)."""
        self.publisher = StreamPublisher(nc)
        self.reconnect = reconnect or self.reconnect
        self.stream = stream or self.stream

    @property
    def nc(self) -> Client | None:
        """The client the relay publishes over now (a fresh one after a reconnect)."""
        return self.publisher.nc if self.publisher is not None else None

    async def listen(self, nc: Client, subject: str) -> None:
        """Also wake on the NATS messages of `CommitSignal` (commits in other processes)."""
        await nc.subscribe(subject, cb=self._woken)
        self._listening.append(subject)

    async def _woken(self, _msg: Msg) -> None:
        self.wake()

    async def ensure_connected(self) -> None:
        """Replace a client that nats-py has closed for good with a fresh one (and listen again)."""
        nc = self.nc
        if nc is None or not nc.is_closed or self.reconnect is None:
            return
        log.warning("the relay's NATS connection is closed (%s); connecting afresh", nc.last_error or "no error given")
        fresh = await self.reconnect()
        self._own_connections.append(fresh)
        self.publisher = StreamPublisher(fresh)
        for subject in self._listening:
            await fresh.subscribe(subject, cb=self._woken)
        log.info("the relay has a fresh NATS connection")

    async def close(self) -> None:
        """Close the connections the relay made itself (`reconnect`)."""
        for nc in self._own_connections:
            if not nc.is_closed:
                await nc.close()
        self._own_connections.clear()

    def wake(self) -> None:
        """Ask the relay to look for new rows now."""
        self._wake.set()

    def stop(self) -> None:
        """Let `run` finish after its current pass."""
        self._stopping = True
        self._wake.set()

    async def publish_pending(self) -> int:
        """One pass: publish up to a batch of rows and mark them. Returns how many."""
        assert self.publisher is not None, "relay has no NATS connection"
        if self._pending_rows is None:
            self._build_statements()
        async with self.sessionmaker() as session:
            async with session.begin():
                rows = (await session.execute(self._pending_rows)).all()
                self._full_batch = len(rows) >= self.batch_size
                if not rows:
                    return 0
                messages = [
                    (
                        r.nats_subject,
                        r.data.encode(),
                        binary_headers(r.event_id, r.source, r.type, r.time, r.subject, r.traceparent),
                    )
                    for r in rows
                ]
                # Sent in order without waiting for each ack (the stream keeps the order of one
                # connection); the pass then waits for all of them.
                results = await self.publisher.publish_all(messages, timeout=self.publish_timeout)
                refused = {r.seq: res for r, res in zip(rows, results, strict=True) if isinstance(res, PublishFailed)}
                if any(res.transient for res in refused.values()):
                    raise next(res for res in refused.values() if res.transient)
                if self.after_publish is not None:
                    for r in rows:
                        if r.seq not in refused:
                            await self.after_publish(r.event_id)
                done = [r.seq for r in rows if r.seq not in refused]
                # A failure above rolls the whole pass back; the rows are published again
                # with the same Nats-Msg-Id and JetStream keeps one copy of each.
                await session.execute(self._mark_published, {"done": done, "now": datetime.now(UTC)})
                for r in rows:
                    if r.seq in refused:
                        await self._refused(session, r, refused[r.seq])
                return len(done)

    def _build_statements(self) -> None:
        # Built once: under load a relay makes a pass every few milliseconds, and building its
        # statements again each time cost a fifth of its CPU.
        o = self.outbox.c
        # The data as stored text: it goes out as the body without a decode and re-encode.
        query = (
            select(o.seq, o.event_id, o.nats_subject, o.type, o.source, o.subject, o.time, o.traceparent)
            .add_columns(cast(o.data, Text).label("data"))
            .where(o.published_at.is_(None), o.attempts < PARK_AFTER)
            .order_by(o.seq)
            .limit(self.batch_size)
        )
        if not is_sqlite(self.sessionmaker.kw["bind"]):
            query = query.with_for_update(skip_locked=True)
        self._pending_rows = query
        self._mark_published = (
            update(self.outbox)
            .where(o.seq.in_(bindparam("done", expanding=True)))
            .values(published_at=bindparam("now", type_=o.published_at.type), attempts=o.attempts + 1)
        )

    async def _refused(self, session: AsyncSession, row: Row, reason: PublishFailed) -> None:
        """Note why the stream refused a row; the rows behind it go on."""
        o = self.outbox.c
        attempts = await session.scalar(
            update(self.outbox)
            .where(o.seq == row.seq)
            .values(attempts=o.attempts + 1, last_error=str(reason)[:2000])
            .returning(o.attempts)
        )
        parked = " and is left alone from now on (set attempts to 0 to retry)" if attempts >= PARK_AFTER else ""
        log.error(
            "outbox row %s (event %s on %s) refused by the stream on try %d: %s%s",
            row.seq,
            row.event_id,
            row.nats_subject,
            attempts,
            reason,
            parked,
        )

    async def _stream_answers(self) -> bool:
        nc = self.nc
        if nc is None or nc.is_closed:
            return True  # nothing to wait for: the next pass connects afresh
        if self.stream is None:
            return self._wake.is_set()
        try:
            await nc.jetstream(timeout=PROBE_TIMEOUT_SECONDS).stream_info(self.stream)
        except Exception:  # noqa: BLE001 - no answer, no leader, not connected: still down
            return False
        return True

    async def back_off(self, seconds: float, *, probe: bool = True) -> None:
        """Wait up to `seconds` after a failed pass, but no longer than until the stream answers
        again (a probe every PROBE_INTERVAL_SECONDS): a capped back-off would otherwise sleep
        past a new stream leader for seconds. `probe=False` (the database failed) waits it out."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not self._stopping:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            await asyncio.sleep(min(PROBE_INTERVAL_SECONDS, remaining) if probe else remaining)
            if probe and await self._stream_answers():
                return

    async def run(self) -> None:
        """Publish until stopped: woken by commits, with a slow poll as a safety net."""
        backoff = 0.2
        while not self._stopping:
            self._wake.clear()
            try:
                await self.ensure_connected()
                await self.publish_pending()
                backoff = 0.2
                if self._full_batch:
                    continue  # there may be more behind this batch
                # Rows committed during the pass have set the wake again: the wait returns at once.
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - NATS or DB down: retry with back-off
                log.warning("outbox relay pass failed (%s); retrying within %.1fs", exc, backoff)
                await self.back_off(backoff, probe=isinstance(exc, (PublishFailed, TimeoutError, NatsError)))
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
                continue
            await self._idle()

    async def _idle(self) -> None:
        """Wait for a wake-up or the slow poll; but a closed client gets no wake-up over NATS,
        so it is looked at every CLOSED_CHECK_SECONDS and replaced at once."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.idle_poll_seconds
        while (remaining := deadline - loop.time()) > 0:
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=min(remaining, CLOSED_CHECK_SECONDS))
                return
            except TimeoutError:
                nc = self.nc
                if self.reconnect is not None and nc is not None and nc.is_closed:
                    return
