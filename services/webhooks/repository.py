"""Every query of the webhooks service: endpoints, messages, deliveries and their claims, attempts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, bindparam, func, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import raiseload

from services.webhooks.domain import DeliveryState, EndpointState, Trigger
from services.webhooks.models import Attempt, Delivery, Endpoint, EndpointSecret, Message
from shared.db import insert_many, is_sqlite
from shared.pagination import Keyset, PageParams, desc
from shared.repository import NotFound, get_or_404

# The lists' orders: endpoints by id (creation order), attempts and messages newest first.
ENDPOINTS = Keyset("webhooks.endpoints", Endpoint.id)
ATTEMPTS = Keyset("webhooks.attempts", desc(Attempt.attempted_at), desc(Attempt.id))
MESSAGES = Keyset("webhooks.messages", desc(Delivery.created_at, attr="created_at"), desc(Delivery.id, attr="delivery_id"))

_NO_SECRETS = (raiseload(Endpoint.secrets),)
_deliveries = Delivery.__table__.c
# A claim deals turns among this many times its size of the oldest due deliveries.
CLAIM_LOOKAHEAD = 16
# How often a PostgreSQL claim chooses again when another worker holds what it chose.
CLAIM_ROUNDS = 2


# --- endpoints -----------------------------------------------------------------------------


async def get_endpoint(session: AsyncSession, endpoint_id: str, *, for_update: bool = False) -> Endpoint:
    """One endpoint with its secrets, or 404."""
    return await get_or_404(session, Endpoint, endpoint_id, what="webhook endpoint", for_update=for_update)


async def list_endpoints(session: AsyncSession, page: PageParams, *, owner_subject: str | None) -> dict:
    """A page of endpoints by id; `owner_subject` narrows to one owner's."""
    query = select(Endpoint).options(*_NO_SECRETS)
    if owner_subject is not None:
        query = query.where(Endpoint.owner_subject == owner_subject)
    return ENDPOINTS.page((await session.scalars(ENDPOINTS.apply(query, page))).all(), page)


async def active_endpoints(session: AsyncSession) -> Sequence[Endpoint]:
    """Every endpoint that takes deliveries (the consumer matches each event against them)."""
    query = select(Endpoint).options(*_NO_SECRETS).where(Endpoint.state == EndpointState.active.value)
    return (await session.scalars(query)).all()


async def active_endpoints_of(session: AsyncSession, owner_subject: str) -> Sequence[Endpoint]:
    """The active endpoints of one owner (a revoked key disables them all)."""
    query = select(Endpoint).where(Endpoint.owner_subject == owner_subject, Endpoint.state == EndpointState.active.value)
    return (await session.scalars(query.with_for_update(of=Endpoint))).all()


async def count_disabled_endpoints(session: AsyncSession) -> int:
    """Endpoints disabled now (a metric)."""
    return await session.scalar(select(func.count()).where(Endpoint.state == EndpointState.disabled.value)) or 0


# --- messages and deliveries ---------------------------------------------------------------


async def add_messages(session: AsyncSession, messages: list[dict], deliveries: list[dict]) -> None:
    """Store messages and their deliveries in bulk (COPY on PostgreSQL for big runs)."""
    await insert_many(session, Message.__table__, messages)
    await insert_many(session, Delivery.__table__, deliveries)


async def get_message(session: AsyncSession, message_id: str) -> Message:
    """One message, or 404."""
    return await get_or_404(session, Message, message_id, what="webhook message")


def _of_owner(owner_subject: str | None) -> Any:
    """Deliveries to the endpoints of `owner_subject` (None: of everyone)."""
    if owner_subject is None:
        return None
    return Delivery.endpoint_id.in_(select(Endpoint.id).where(Endpoint.owner_subject == owner_subject))


async def has_deliveries(session: AsyncSession, message_id: str, owner_subject: str | None) -> bool:
    """Whether the message went (or goes) to an endpoint of this owner."""
    query = select(Delivery.id).where(Delivery.message_id == message_id).limit(1)
    mine = _of_owner(owner_subject)
    if mine is not None:
        query = query.where(mine)
    return (await session.scalar(query)) is not None


def _due_again(now: datetime, trigger: Trigger) -> dict:
    return {
        "state": DeliveryState.pending.value,
        "attempts": 0,
        "next_attempt_at": now,
        "trigger": trigger.value,
        "claimed_until": None,
        "claimed_by": None,
        "finished_at": None,
    }


_ACTIVE_ENDPOINT = Delivery.endpoint_id.in_(select(Endpoint.id).where(Endpoint.state == EndpointState.active.value))


async def requeue_message(session: AsyncSession, message_id: str, owner_subject: str | None, now: datetime) -> int:
    """Make the message's failed or pending deliveries (to active endpoints of the owner) due now."""
    stmt = (
        update(Delivery)
        .where(
            Delivery.message_id == message_id,
            Delivery.state.in_([DeliveryState.failed.value, DeliveryState.pending.value]),
            _ACTIVE_ENDPOINT,
        )
        .values(_due_again(now, Trigger.manual))
    )
    mine = _of_owner(owner_subject)
    if mine is not None:
        stmt = stmt.where(mine)
    return (await session.execute(stmt)).rowcount


async def requeue_failed_since(session: AsyncSession, endpoint_id: str, since: datetime, now: datetime) -> int:
    """Make every failed delivery of an endpoint whose message came since `since` due now."""
    stmt = (
        update(Delivery)
        .where(Delivery.endpoint_id == endpoint_id, Delivery.state == DeliveryState.failed.value, Delivery.created_at >= since)
        .values(_due_again(now, Trigger.recover))
    )
    return (await session.execute(stmt)).rowcount


async def fail_pending_of(session: AsyncSession, endpoint_id: str, now: datetime) -> int:
    """A disabled endpoint's pending deliveries fail (`:recover` sends them again later)."""
    stmt = (
        update(Delivery)
        .where(Delivery.endpoint_id == endpoint_id, Delivery.state == DeliveryState.pending.value)
        .values(state=DeliveryState.failed.value, finished_at=now, next_attempt_at=None, claimed_until=None, claimed_by=None)
    )
    return (await session.execute(stmt)).rowcount


async def count_pending(session: AsyncSession) -> int:
    """Deliveries still to be made (a metric)."""
    return await session.scalar(select(func.count()).where(Delivery.state == DeliveryState.pending.value)) or 0


async def list_message_deliveries(
    session: AsyncSession, endpoint_id: str, page: PageParams, *, state: str | None, event_type: str | None
) -> dict:
    """A page of an endpoint's messages with their delivery state, newest first."""
    query = (
        select(
            Message.id.label("message_id"),
            Message.event_type,
            Message.event_id,
            Message.occurred_at,
            Delivery.state,
            Delivery.attempts,
            Delivery.next_attempt_at,
            Delivery.last_status_code,
            Delivery.finished_at,
            Delivery.created_at,
            Delivery.id.label("delivery_id"),
        )
        .join(Message, Message.id == Delivery.message_id)
        .where(Delivery.endpoint_id == endpoint_id)
    )
    if state:
        query = query.where(Delivery.state == state)
    if event_type:
        query = query.where(Message.event_type == event_type)
    return MESSAGES.page((await session.execute(MESSAGES.apply(query, page))).all(), page)


# --- the delivery worker's claims ----------------------------------------------------------


async def without_flush_wait(session: AsyncSession) -> None:
    """On PostgreSQL, let this transaction's commit return before its WAL reaches the disk.

    For the worker's claims and outcomes only: a crash can lose the last few hundred milliseconds of
    them, which sends those deliveries again (a lost claim lapses; a lost success is tried again),
    and receivers drop repeats by webhook-id. Never for the consumer's transaction, which NATS is
    acked after."""
    if not is_sqlite(session.bind):
        await session.execute(text("SET LOCAL synchronous_commit TO OFF"))


async def analyze_queue(session: AsyncSession) -> None:
    """PostgreSQL: ANALYZE the deliveries, so the claim is planned for the queue as long as it is now
    (SQLite plans from its indexes alone)."""
    if not is_sqlite(session.bind):
        await session.execute(text("ANALYZE deliveries"))


def _due(now: datetime) -> Any:
    return and_(
        Delivery.state == DeliveryState.pending.value,
        Delivery.next_attempt_at <= now,
        or_(Delivery.claimed_until.is_(None), Delivery.claimed_until < now),
    )


def _claimable(now: datetime) -> Any:
    return and_(_due(now), _ACTIVE_ENDPOINT)


def _candidates(now: datetime, limit: int, per_endpoint: int, busy_endpoints: Sequence[str], skipped: Sequence[str] = ()) -> Any:
    """The deliveries a claim would take (id, endpoint), endpoints taking turns among the oldest due."""
    # Turns are dealt among the oldest due only: a pass costs the same however long the queue is. The
    # endpoint is checked after the look-ahead's LIMIT (a join before it read the whole queue on PostgreSQL).
    oldest = select(Delivery.id, Delivery.endpoint_id, Delivery.next_attempt_at).where(_due(now))
    if busy_endpoints:
        oldest = oldest.where(Delivery.endpoint_id.not_in(list(busy_endpoints)))
    if skipped:
        oldest = oldest.where(Delivery.id.not_in(list(skipped)))
    oldest = oldest.order_by(Delivery.next_attempt_at).limit(limit * CLAIM_LOOKAHEAD).subquery()
    turn = func.row_number().over(partition_by=oldest.c.endpoint_id, order_by=(oldest.c.next_attempt_at, oldest.c.id))
    due = (
        select(oldest.c.id, oldest.c.endpoint_id, oldest.c.next_attempt_at, turn.label("turn"))
        .join(Endpoint, Endpoint.id == oldest.c.endpoint_id)
        .where(Endpoint.state == EndpointState.active.value)
        .subquery()
    )
    order = (due.c.turn, due.c.next_attempt_at)
    return select(due.c.id, due.c.endpoint_id).where(due.c.turn <= per_endpoint).order_by(*order).limit(limit)


async def _lock_candidates(
    session: AsyncSession, now: datetime, limit: int, per_endpoint: int, busy_endpoints: Sequence[str]
) -> list[str]:
    """PostgreSQL: lock the chosen deliveries with SKIP LOCKED (FOR UPDATE cannot sit beside a window
    function, so by id). Two workers choosing at the same moment choose the same rows; the one that
    finds them locked chooses once more without them, rather than leave the pass empty."""
    ids: list[str] = []
    busy, skipped = list(busy_endpoints), []
    for _ in range(CLAIM_ROUNDS):
        chosen = dict((await session.execute(_candidates(now, limit - len(ids), per_endpoint, busy, skipped))).all())
        if not chosen:
            break
        lock = select(Delivery.id).where(Delivery.id.in_(list(chosen))).with_for_update(skip_locked=True, of=Delivery)
        locked = list((await session.scalars(lock)).all())
        ids += locked
        if len(locked) == len(chosen) or len(ids) >= limit:
            break
        skipped += sorted(set(chosen) - set(locked))
        busy += sorted({chosen[i] for i in locked})  # those endpoints had their turn in this claim
    return ids


async def claim_due(
    session: AsyncSession,
    now: datetime,
    limit: int,
    worker_id: str,
    until: datetime,
    *,
    per_endpoint: int,
    busy_endpoints: Sequence[str] = (),
) -> list[str]:
    """Claim up to `limit` due deliveries for this worker until `until`; their ids.

    Endpoints take turns among the `limit * CLAIM_LOOKAHEAD` oldest due deliveries: at most
    `per_endpoint` of one endpoint's are claimed, the first due of every endpoint before the second
    of any, and none of `busy_endpoints` (whose sends in this worker are at their bound). A partner
    whose endpoint times out holds only its own share, never the deliveries of everyone else. PostgreSQL: the rows are locked with SKIP
    LOCKED, so two workers never pick one; SQLite has a single writer, and the UPDATE's own
    condition keeps a claim another worker holds."""
    if is_sqlite(session.bind):
        ids = [row.id for row in await session.execute(_candidates(now, limit, per_endpoint, busy_endpoints))]
    else:
        ids = await _lock_candidates(session, now, limit, per_endpoint, busy_endpoints)
    if not ids:
        return []
    # SQLite checks again what another worker changed since the SELECT; PostgreSQL's rows are locked
    still = _claimable(now) if is_sqlite(session.bind) else _due(now)
    stmt = (
        update(Delivery.__table__)  # a plain UPDATE: no ORM bookkeeping on the hot path
        .where(_deliveries.id.in_(ids), still)
        .values(claimed_until=until, claimed_by=worker_id)
        .returning(_deliveries.id)
    )
    return list((await session.scalars(stmt)).all())


async def claimed(session: AsyncSession, ids: Sequence[str]) -> tuple[list[Row], dict[str, list[Row]]]:
    """The claimed deliveries with what sending them needs (columns, not entities: a busy worker
    reads thousands a minute), and the signing secrets of their endpoints by endpoint id."""
    query = (
        select(
            Delivery.id.label("delivery_id"),
            Delivery.trigger,
            Message.id.label("message_id"),
            Message.event_id,
            Message.event_type,
            Message.occurred_at,
            Message.body,
            Endpoint.id.label("endpoint_id"),
            Endpoint.url,
            Endpoint.owner_subject,
            Endpoint.failing_since,
        )
        .join(Message, Message.id == Delivery.message_id)
        .join(Endpoint, Endpoint.id == Delivery.endpoint_id)
        .where(Delivery.id.in_(list(ids)))
    )
    rows = list((await session.execute(query)).all())
    endpoints = {r.endpoint_id for r in rows}
    secrets: dict[str, list[Row]] = {e: [] for e in endpoints}
    if endpoints:
        keys = select(EndpointSecret.endpoint_id, EndpointSecret.secret, EndpointSecret.expires_at)
        keys = keys.where(EndpointSecret.endpoint_id.in_(endpoints)).order_by(EndpointSecret.created_at)
        for secret in (await session.execute(keys)).all():
            secrets[secret.endpoint_id].append(secret)
    return rows, secrets


async def release(session: AsyncSession, ids: Sequence[str], worker_id: str, until: datetime | None) -> None:
    """Hand claims back: free now (None) or held until `until` (nothing to send before then)."""
    if ids:
        stmt = update(Delivery).where(Delivery.id.in_(list(ids)), Delivery.claimed_by == worker_id)
        await session.execute(stmt.values(claimed_until=until))


async def get_delivery(session: AsyncSession, delivery_id: str) -> Delivery:
    """One delivery, locked for recording its outcome."""
    return await get_or_404(session, Delivery, delivery_id, what="delivery", for_update=True)


async def add_attempt(session: AsyncSession, attempt: dict) -> None:
    """Record one try."""
    await insert_many(session, Attempt.__table__, [attempt])


_SUCCEEDED = (
    update(Delivery.__table__)
    .where(
        _deliveries.id == bindparam("b_delivery"),
        _deliveries.claimed_by == bindparam("b_worker"),
        _deliveries.state == DeliveryState.pending.value,
    )
    .values(
        state=DeliveryState.succeeded.value,
        finished_at=bindparam("b_now"),
        next_attempt_at=None,
        last_status_code=bindparam("b_status"),
        claimed_until=None,
        claimed_by=None,
        trigger=Trigger.scheduled.value,
    )
)


async def record_successes(session: AsyncSession, attempts: list[dict], worker_id: str, now: datetime) -> None:
    """Record a batch of tries that succeeded, to endpoints that were not failing: the attempts,
    and each delivery succeeded if this worker still holds its claim (two statements for the
    batch, where one try at a time takes three)."""
    await insert_many(session, Attempt.__table__, attempts)
    done = sorted(attempts, key=lambda a: a["delivery_id"])  # one lock order for every writer
    params = [{"b_delivery": a["delivery_id"], "b_worker": worker_id, "b_now": now, "b_status": a["status_code"]} for a in done]
    await session.execute(_SUCCEEDED, params)


# --- attempts ------------------------------------------------------------------------------


async def list_attempts(
    session: AsyncSession,
    endpoint_id: str,
    page: PageParams,
    *,
    succeeded: bool | None,
    event_type: str | None,
    since: datetime | None,
    until: datetime | None,
) -> dict:
    """A page of an endpoint's attempts, newest first, filtered."""
    query = select(Attempt).where(Attempt.endpoint_id == endpoint_id)
    if succeeded is not None:
        ok = and_(Attempt.status_code >= 200, Attempt.status_code < 300)
        query = query.where(ok if succeeded else or_(Attempt.status_code.is_(None), ~ok))
    if event_type:
        query = query.where(Attempt.event_type == event_type)
    if since is not None:
        query = query.where(Attempt.attempted_at >= since)
    if until is not None:
        query = query.where(Attempt.attempted_at < until)
    return ATTEMPTS.page((await session.scalars(ATTEMPTS.apply(query, page))).all(), page)


async def ensure_message(session: AsyncSession, message_id: str, owner_subject: str | None) -> None:
    """404 unless the message went to an endpoint the caller manages."""
    if not await has_deliveries(session, message_id, owner_subject):
        raise NotFound("webhook message", message_id)
