"""The delivery worker: claims due deliveries, sends them, records each attempt and its outcome.

It runs as the service's periodic job (every 0.5 s, woken at once after a commit queued something,
and 10 ms after sends finished while more was due). A pass claims what is due, up to the free
concurrency, for a 60 s lease (SKIP LOCKED on PostgreSQL, so two replicas never take one
delivery), endpoints taking turns so that one hanging receiver holds only its own share; it checks
that each owner's key is still active, and starts one task per delivery. Each task sends, then
hands its outcome to a group commit: the attempt and the new state are written with the outcomes
that finished meanwhile, in one transaction. A process that dies mid-send leaves claims that lapse
after the lease: the delivery is tried again, never lost.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import FastAPI
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.webhooks import domain, repository
from services.webhooks.config import Settings
from services.webhooks.delivery.keys import KeyStatus
from services.webhooks.delivery.metrics import ATTEMPTS, DELIVERY_LAG, DISABLED, PENDING
from services.webhooks.delivery.sender import Outcome, Outgoing, Sender
from services.webhooks.domain import DeliveryState, EndpointState, Trigger
from services.webhooks.service import DELIVERY_JOB, disable_endpoint
from shared.clock import Clock
from shared.ids import new_id
from shared.jobs import PeriodicJob
from shared.repository import NotFound

log = logging.getLogger("iuc.webhooks.worker")

LEASE = timedelta(seconds=60)  # longer than a send can take (15 s)
# When the gateway cannot say whether a key is active, its deliveries wait this long.
KEY_UNKNOWN_WAIT = timedelta(seconds=5)
GAUGES_EVERY_SECONDS = 5.0
# On PostgreSQL the worker has the queue counted again while it moves: autovacuum's analyze waits
# for a tenth of a table to change (and it may be off), and a claim planned for an empty queue when
# thousands arrive a minute reads all of it on every pass (decision 0025). Every 30 s, and sooner
# while the table is young: once the deliveries claimed since the last count reach half of those
# claimed before it (at least ANALYZE_MIN_CLAIMS), so a queue filling from empty is counted at
# 1,000, 2,000, 3,000, 4,500... claims instead of planned as empty for its first 30 s.
ANALYZE_EVERY_SECONDS = 30.0
ANALYZE_MIN_CLAIMS = 1000
COALESCE_SECONDS = 0.01


@dataclass(frozen=True)
class Claimed:
    """What a task needs to send one delivery and record it, read in the claiming transaction."""

    delivery_id: str
    endpoint_id: str
    owner_subject: str
    failing_since: datetime | None
    trigger: str
    message_id: str
    event_type: str
    occurred_at: datetime
    outgoing: Outgoing


class DeliveryWorker:
    """One process's worker: its claims, its in-flight sends, its sender and key cache."""

    def __init__(self, app: FastAPI, *, sender: Sender | None = None, keys: KeyStatus | None = None) -> None:
        settings: Settings = app.state.settings
        self.app = app
        self.id = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.concurrency = settings.delivery_concurrency
        self.sender = sender or Sender(
            allow_private=settings.allow_private_targets,
            per_endpoint=settings.per_endpoint_concurrency,
            total=settings.delivery_concurrency,
        )
        self.keys = keys or KeyStatus(settings.gateway_url, settings.identity_secret)
        self.per_endpoint = settings.per_endpoint_concurrency
        self.inflight: set[asyncio.Task] = set()
        self._sending: Counter[str] = Counter()  # in-flight sends by endpoint
        self._outcomes: list[tuple[Claimed, Outcome, datetime]] = []
        self._recording = asyncio.Lock()
        self._more = False
        self._wake_pending = False
        self._gauges_at = 0.0
        self._analyzed_at = 0.0
        self._claimed_since_analyze = 0
        self._claimed_before_analyze = 0

    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        return self.app.state.sessionmaker

    @property
    def clock(self) -> Clock:
        return self.app.state.clock  # read at each use: a test moves it

    async def run_pass(self) -> int:
        """Claim what is due (up to the free concurrency) and start sending it; how many were started."""
        capacity = self.concurrency - len(self.inflight)
        if capacity <= 0:
            self._more = True
            return 0
        now = self.clock.now()
        async with self.sessionmaker() as session, session.begin():
            await repository.without_flush_wait(session)
            busy = [e for e, n in self._sending.items() if n >= self.per_endpoint]
            ids = await repository.claim_due(
                session, now, capacity, self.id, now + LEASE, per_endpoint=self.per_endpoint, busy_endpoints=busy
            )
            rows, secrets = await repository.claimed(session, ids) if ids else ([], {})
        # more may be due when the pass was full, or an endpoint's turn was cut at its bound
        per_endpoint = Counter(row.endpoint_id for row in rows)
        self._claimed_since_analyze += len(rows)
        self._more = len(ids) == capacity or bool(busy) or any(n >= self.per_endpoint for n in per_endpoint.values())
        if not rows:
            return 0
        signing = {
            endpoint: domain.signing_secrets(((s.secret, s.expires_at) for s in keys), now) for endpoint, keys in secrets.items()
        }
        ready = await self._owners_checked([self._claimed(row, signing[row.endpoint_id], now) for row in rows], now)
        for item in ready:
            self._sending[item.endpoint_id] += 1
            task = asyncio.create_task(self._deliver(item))
            self.inflight.add(task)
            task.add_done_callback(self._done)
        return len(ready)

    def _claimed(self, row, secrets: tuple[str, ...], now: datetime) -> Claimed:
        return Claimed(
            delivery_id=row.delivery_id,
            endpoint_id=row.endpoint_id,
            owner_subject=row.owner_subject,
            failing_since=row.failing_since,
            trigger=row.trigger,
            message_id=row.message_id,
            event_type=row.event_type,
            occurred_at=row.occurred_at,
            outgoing=Outgoing(
                endpoint_id=row.endpoint_id,
                url=row.url,
                webhook_id=row.event_id or row.message_id,  # Message.webhook_id
                timestamp=now,
                body=row.body,
                secrets=secrets,
            ),
        )

    async def _owners_checked(self, items: list[Claimed], now: datetime) -> list[Claimed]:
        """The deliveries whose owner's key is active; a revoked key disables its endpoints, and the
        deliveries of a key the gateway cannot vouch for now wait."""
        by_owner: dict[str, list[Claimed]] = defaultdict(list)
        for item in items:
            by_owner[item.owner_subject].append(item)
        ready: list[Claimed] = []
        revoked: list[str] = []
        waiting: list[str] = []
        for subject, owned in by_owner.items():
            active = await self.keys.active(subject)
            if active is True:
                ready += owned
            elif active is False:
                revoked.append(subject)
            else:
                waiting += [i.delivery_id for i in owned]
        if revoked or waiting:
            async with self.sessionmaker() as session, session.begin():
                for subject in revoked:
                    for endpoint in await repository.active_endpoints_of(session, subject):
                        await disable_endpoint(session, endpoint, domain.KEY_REVOKED, now)
                        log.warning("endpoint %s disabled: the key %s was revoked", endpoint.id, subject)
                await repository.release(session, waiting, self.id, now + KEY_UNKNOWN_WAIT)
        return ready

    def _done(self, task: asyncio.Task) -> None:
        self.inflight.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a delivery task failed", exc_info=task.exception())
        if self._more and not self._wake_pending:  # the last pass left some due: a pass soon
            # sends that end within a few milliseconds of each other share one pass (a pass per
            # finished send would spend the worker on claims)
            self._more = False
            self._wake_pending = True
            asyncio.get_running_loop().call_later(COALESCE_SECONDS, self._wake)

    def _wake(self) -> None:
        self._wake_pending = False
        jobs = getattr(self.app.state, "jobs", {})
        if DELIVERY_JOB in jobs:
            jobs[DELIVERY_JOB].wake()

    async def _deliver(self, item: Claimed) -> None:
        try:
            outcome = await self.sender.send(item.outgoing)
        finally:
            self._sending[item.endpoint_id] -= 1
            if self._sending[item.endpoint_id] <= 0:
                del self._sending[item.endpoint_id]
        await self.record(item, outcome)

    async def record(self, item: Claimed, outcome: Outcome) -> None:
        """Store the attempt and what it means for the delivery and its endpoint.

        Group commit: the outcomes that arrive while a transaction is being written go together in
        the next one, so a busy worker pays for one commit per batch instead of one per delivery
        (a commit is most of a delivery's cost on SQLite). A batch that fails is written again one
        outcome at a time, so one vanished delivery never loses the others' attempts."""
        now = self.clock.now()
        ok = outcome.ok
        ATTEMPTS.labels(result="success" if ok else "failure").inc()
        if ok:
            DELIVERY_LAG.observe(max(0.0, (now - item.occurred_at).total_seconds()))
        self._outcomes.append((item, outcome, now))
        async with self._recording:
            batch, self._outcomes = self._outcomes, []
            if not batch:
                return  # the transaction before this one took it
            try:
                async with self.sessionmaker() as session, session.begin():
                    await repository.without_flush_wait(session)
                    await self._record_batch(session, batch)
                return
            except (NotFound, IntegrityError):
                pass
            for entry in batch:
                try:
                    async with self.sessionmaker() as session, session.begin():
                        await self._record(session, *entry)
                except NotFound:
                    log.info("delivery %s is gone (its endpoint was deleted); attempt not recorded", entry[0].delivery_id)

    async def _record_batch(self, session: AsyncSession, batch: list[tuple[Claimed, Outcome, datetime]]) -> None:
        """A batch's outcomes in one transaction: the plain successes (to an endpoint that was not
        failing) in bulk, the rest one by one, since they may change the endpoint."""
        plain = []
        for entry in batch:
            item, outcome, _ = entry
            if outcome.ok and item.failing_since is None:
                plain.append(entry)
            else:
                await self._record(session, *entry)
        if plain:
            now = max(at for _, _, at in plain)
            await repository.record_successes(session, [_attempt(item, outcome) for item, outcome, _ in plain], self.id, now)

    async def _record(self, session: AsyncSession, item: Claimed, outcome: Outcome, now: datetime) -> None:
        ok = outcome.ok
        # The endpoint is locked before the delivery (as every writer does), and only when its
        # failure run changes: the common success of a healthy endpoint touches one row.
        endpoint = None
        if (ok and item.failing_since is not None) or (
            not ok and (item.failing_since is None or domain.should_disable(item.failing_since, now))
        ):
            endpoint = await repository.get_endpoint(session, item.endpoint_id, for_update=True)
        delivery = await repository.get_delivery(session, item.delivery_id)
        await repository.add_attempt(session, _attempt(item, outcome))
        if delivery.claimed_by == self.id and delivery.state == DeliveryState.pending.value:
            delivery.last_status_code = outcome.status_code
            delivery.claimed_until = delivery.claimed_by = None
            delivery.trigger = Trigger.scheduled.value
            if ok:
                delivery.state, delivery.finished_at, delivery.next_attempt_at = DeliveryState.succeeded.value, now, None
            else:
                delivery.attempts += 1
                delivery.next_attempt_at = domain.next_attempt_at(delivery.attempts, now, outcome.retry_after)
                if delivery.next_attempt_at is None:
                    delivery.state, delivery.finished_at = DeliveryState.failed.value, now
        if endpoint is not None and endpoint.state == EndpointState.active.value:
            since = domain.failing_since_after(endpoint.failing_since, ok, now)
            if since != endpoint.failing_since:
                endpoint.failing_since = since
            if domain.should_disable(endpoint.failing_since, now):
                await disable_endpoint(session, endpoint, domain.FAILING_TOO_LONG, now)
        await session.flush()

    async def drain(self) -> None:
        """Wait for every send in flight to be recorded."""
        while self.inflight:
            await asyncio.gather(*list(self.inflight), return_exceptions=True)

    async def update_gauges(self, *, force: bool = False) -> None:
        """Pending deliveries and disabled endpoints, counted at most every few seconds."""
        if not force and time.monotonic() - self._gauges_at < GAUGES_EVERY_SECONDS:
            return
        self._gauges_at = time.monotonic()
        async with self.sessionmaker() as session:
            PENDING.set(await repository.count_pending(session))
            DISABLED.set(await repository.count_disabled_endpoints(session))

    async def analyze(self) -> None:
        """Have the queue counted again (PostgreSQL) while deliveries move: every 30 s, sooner while the table is young."""
        if not analyze_due(self._claimed_since_analyze, self._claimed_before_analyze, time.monotonic() - self._analyzed_at):
            return
        self._analyzed_at = time.monotonic()
        self._claimed_before_analyze += self._claimed_since_analyze
        self._claimed_since_analyze = 0
        async with self.sessionmaker() as session, session.begin():
            await repository.analyze_queue(session)

    async def aclose(self) -> None:
        """Stop the sends in flight (their claims lapse, so they are tried again) and close the connections."""
        for task in list(self.inflight):
            task.cancel()
        await asyncio.gather(*list(self.inflight), return_exceptions=True)
        await self.sender.aclose()
        await self.keys.aclose()


def analyze_due(claimed_since: int, claimed_before: int, seconds_since: float) -> bool:
    """Whether the queue should be counted again: something moved, and 30 s have passed or the claims since
    the last count are half of those before it (at least ANALYZE_MIN_CLAIMS)."""
    if not claimed_since:
        return False
    return seconds_since >= ANALYZE_EVERY_SECONDS or claimed_since >= max(ANALYZE_MIN_CLAIMS, claimed_before // 2)


def _attempt(item: Claimed, outcome: Outcome) -> dict:
    """The attempt row of one try."""
    return {
        "id": new_id(),
        "delivery_id": item.delivery_id,
        "endpoint_id": item.endpoint_id,
        "message_id": item.message_id,
        "event_type": item.event_type,
        "attempted_at": item.outgoing.timestamp,
        "status_code": outcome.status_code,
        "duration_ms": outcome.duration_ms,
        "error": (outcome.error or None) and outcome.error[:500],
        "response_excerpt": domain.excerpt(outcome.response_excerpt or ""),
        "trigger": item.trigger,
    }


def worker_of(app: FastAPI) -> DeliveryWorker:
    """The process's delivery worker (made on first use)."""
    worker = getattr(app.state, "webhooks_worker", None)
    if worker is None:
        worker = app.state.webhooks_worker = DeliveryWorker(app)
    return worker


async def deliver_due(app: FastAPI) -> None:
    """One pass of the worker (the body of the periodic job)."""
    worker = worker_of(app)
    await worker.run_pass()
    await worker.update_gauges()
    await worker.analyze()


async def close_worker(app: FastAPI) -> None:
    """A start-up task that holds until the service stops, then closes the worker's connections."""
    try:
        await asyncio.Event().wait()
    finally:
        worker = getattr(app.state, "webhooks_worker", None)
        if worker is not None:
            await worker.aclose()


DELIVERY = PeriodicJob(DELIVERY_JOB, deliver_due, every=timedelta(seconds=0.5), tick=timedelta(seconds=0.5))
