"""Rebuilding the read model from the stream: a consumer of its own replays the IUC stream from
its first message up to the last one present when the rebuild started, through the same handler
as the live consumer."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from dataclasses import dataclass, field

from nats.errors import TimeoutError as NatsTimeout
from nats.js.errors import FetchTimeoutError, NotFoundError

from services.insights import repository
from services.insights.handlers import insights_consumer
from services.insights.models import kit
from shared.consumer import ConsumerRunner
from shared.db import make_engine, make_sessionmaker
from shared.durables import in_progress
from shared.migrate import upgrade
from shared.nats import connect, ensure_streams

log = logging.getLogger("iuc.insights.rebuild")

# The rebuild's own durable, made fresh (one a crashed rebuild left is deleted first) and deleted
# when it ends. One fixed name, because NATS permissions name whole tokens: the rebuild's user may
# create, read, pull, ack and delete this consumer and no other. One rebuild at a time.
REBUILD_DURABLE = "insights-rebuild"


@dataclass
class Rebuilt:
    """What a rebuild did."""

    database_url: str
    last_sequence: int
    emptied: dict[str, int] = field(default_factory=dict)
    applied: int = 0
    duplicates: int = 0
    by_type: Counter[str] = field(default_factory=Counter)

    def report(self) -> str:
        """Lines for the operator."""
        lines = [
            f"rebuilt the insights read model in {self.database_url}",
            f"emptied: {', '.join(f'{k} {v}' for k, v in self.emptied.items())}",
            f"replayed the stream up to sequence {self.last_sequence}: {self.applied} events applied, "
            f"{self.duplicates} duplicates skipped",
        ]
        lines += [f"  {n:>8}  {t}" for t, n in sorted(self.by_type.items())]
        return "\n".join(lines)


async def rebuild(
    database_url: str, nats_url: str, *, stream: str = "IUC", live_durable: str = "insights", up_to: int | None = None
) -> Rebuilt:
    """Migrate the database, empty its read model, replay the stream into it (up to its last message
    now, or `up_to` if that is earlier) and hand its inbox to the live durable (so that one skips
    what was applied here)."""
    await asyncio.to_thread(upgrade, "insights", database_url)
    engine = make_engine(database_url)
    sessionmaker = make_sessionmaker(engine)
    durable = REBUILD_DURABLE
    nc = await connect(nats_url, "iuc-insights-rebuild")
    js = nc.jetstream()
    try:
        await ensure_streams(js, stream)
        last = (await js.stream_info(stream)).state.last_seq
        last = last if up_to is None else min(last, up_to)
        async with sessionmaker() as session, session.begin():
            emptied = await repository.empty(session, kit.inbox, [live_durable, durable])
        done = Rebuilt(database_url, last, emptied)
        runner = ConsumerRunner(insights_consumer(durable), sessionmaker, kit.inbox, js, stream)
        await _delete(js, stream, durable)  # from the first message, whatever a crashed rebuild left
        await runner.ensure()
        try:
            await _replay(runner, js, stream, durable, last, done)
        finally:
            await _delete(js, stream, durable)
        async with sessionmaker() as session, session.begin():
            await repository.rename_inbox(session, kit.inbox, durable, live_durable)
        done.applied, done.duplicates = runner.handled, runner.skipped
        return done
    finally:
        await nc.close()
        await engine.dispose()


async def _delete(js, stream: str, durable: str) -> None:
    with contextlib.suppress(NotFoundError):
        await js.delete_consumer(stream, durable)


async def _replay(runner: ConsumerRunner, js, stream: str, durable: str, last: int, done: Rebuilt) -> None:
    """Fetch and handle until every message up to `last` is settled (acked, or given up as poison);
    later ones are never acked, and go with the rebuild's consumer."""
    if last == 0:
        return
    psub = await js.pull_subscribe_bind(durable=durable, stream=stream)
    beyond: set[int] = set()  # stream sequences after `last` that were delivered (and left alone)
    while True:
        try:
            msgs = await psub.fetch(runner.consumer.batch, timeout=1.0)
        except (FetchTimeoutError, NatsTimeout, TimeoutError):
            msgs = []
        due = [m for m in msgs if m.metadata.sequence.stream <= last]
        beyond.update(m.metadata.sequence.stream for m in msgs if m.metadata.sequence.stream > last)
        done.by_type.update((m.headers or {}).get("ce-type", "?") for m in due if m.metadata.num_delivered == 1)
        if due:
            async with in_progress(due, runner.consumer.ack_wait_seconds):  # a long batch is not sent again
                await runner.handle_batch(due)
        if msgs and not beyond:
            continue
        info = await js.consumer_info(stream, durable)
        # Every message up to `last` was delivered (a later one came, or none is left), and none
        # of them waits for a retry: what is still unacked is exactly what came after `last`.
        if (beyond or info.num_pending == 0) and info.num_ack_pending <= len(beyond):
            return
