"""Every event of the platform, turned into changes of the read model by the pure rules of
`rules/`, written in the consumer's transaction (the kit's inbox drops a repeat)."""

from __future__ import annotations

from datetime import datetime

from services.insights import domain, repository, rules
from services.insights.config import get_settings
from shared.consumer import Consumer, EventContext
from shared.contracts.visibility import platform_contracts
from shared.events import EventPayload


async def on_events(ctx: EventContext, payloads: list[EventPayload]) -> None:
    """Apply a run of events: read the entities they refer to once, change the aggregates, store."""
    known = domain.Known(await repository.tracked(ctx.session, [k for p in payloads for k in rules.refs_of(p)]))
    changes: list[domain.Change] = []
    latest: datetime | None = None
    for event, payload in zip(ctx.events, payloads, strict=True):
        # The event's own time, so that a rebuild puts it on the same day; the clock only
        # for an event whose ce-time does not parse.
        at = domain.event_instant(event.time) or ctx.clock.now()
        latest = at if latest is None or at > latest else latest
        changes += rules.apply(at.date(), event.type, payload, known)
    entities = {key: known.rows[key] for key in known.dirty}
    await repository.apply(ctx.session, changes, entities, len(ctx.events), domain.instant_text(latest) if latest else None)


def insights_consumer(durable: str) -> Consumer:
    """The consumer of every platform contract under a durable name (the live one, or a rebuild's)."""
    return Consumer(durable=durable, handlers={}, batch_handlers=dict.fromkeys(platform_contracts().values(), on_events))


CONSUMERS = (insights_consumer(get_settings().durable),)
