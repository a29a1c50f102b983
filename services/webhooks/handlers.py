"""Every event of the platform, fanned out: one message per event that some endpoint may receive,
and a pending delivery per such endpoint, written in the consumer's transaction."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event as orm_event
from sqlalchemy.orm import Session

from services.webhooks import domain, repository
from services.webhooks.models import new_message_id
from services.webhooks.service import DELIVERY_JOB, new_delivery
from shared.consumer import Consumer, EventContext
from shared.contracts.visibility import Owner, may_receive, platform_contracts
from shared.events import CloudEvent, EventPayload

log = logging.getLogger("iuc.webhooks.handlers")

# Set on the consumer's session when it queued deliveries: the worker is woken after the commit.
_WAKE_AFTER_COMMIT = "iuc_webhooks_wake"


def occurred_at(event: CloudEvent, fallback: datetime) -> datetime:
    """The event's time (`ce-time`), or `fallback` when it carries none that parses."""
    try:
        at = datetime.fromisoformat(event.time)
    except ValueError:
        return fallback
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


async def on_events(ctx: EventContext, payloads: list[EventPayload]) -> None:
    """Queue each event for the active endpoints that subscribe to its type and may receive it."""
    endpoints = [(e, Owner.from_dict(e.owner)) for e in await repository.active_endpoints(ctx.session)]
    if not endpoints:
        return
    now = ctx.clock.now()
    messages: list[dict[str, Any]] = []
    deliveries: list[dict[str, Any]] = []
    for event, payload in zip(ctx.events, payloads, strict=True):
        targets = [
            e.id
            for e, owner in endpoints
            if domain.subscribed(e.event_types, event.type) and may_receive(owner, event.type, payload)
        ]
        if not targets:
            continue
        message_id = new_message_id()
        at = occurred_at(event, now)
        messages.append(
            {
                "id": message_id,
                "event_id": event.id,
                "event_type": event.type,
                "event_source": event.source,
                "occurred_at": at,
                "body": domain.message_body(event.type, at, event.data),
                "created_at": now,
            }
        )
        deliveries += [new_delivery(message_id, endpoint_id, now) for endpoint_id in targets]
    if not messages:
        return
    await repository.add_messages(ctx.session, messages, deliveries)
    jobs = getattr(ctx.state, "jobs", None) or {}
    if DELIVERY_JOB in jobs:
        ctx.session.sync_session.info[_WAKE_AFTER_COMMIT] = jobs[DELIVERY_JOB].wake
    log.debug("queued %d messages, %d deliveries", len(messages), len(deliveries))


@orm_event.listens_for(Session, "after_commit")
def _wake_worker(session: Session) -> None:
    wake = session.info.pop(_WAKE_AFTER_COMMIT, None)
    if wake is not None:
        wake()


@orm_event.listens_for(Session, "after_rollback")
def _forget_wake(session: Session) -> None:
    session.info.pop(_WAKE_AFTER_COMMIT, None)


CONSUMERS = (
    Consumer(
        durable="webhooks",
        handlers={},
        # Every contract of shared/contracts, the service's own included (not those tests define).
        batch_handlers={contract: on_events for contract in platform_contracts().values()},
    ),
)
