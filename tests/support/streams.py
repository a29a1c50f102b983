"""Reading what is on the IUC stream, for assertions."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urlsplit

import nats
from nats.aio.client import Client
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from nats.js.errors import FetchTimeoutError

from shared.events import CloudEvent
from shared.natsauth import inbox_prefix


async def watch(nats_url: str) -> Client:
    """A connection for reading the stream. `nats_url` is a stack's `stack.nats.url`, which
    names the `observer` user when the server wants credentials; its replies then come under
    that user's inbox prefix, the only one it may subscribe to."""
    user = urlsplit(nats_url.split(",")[0]).username
    return await nats.connect(nats_url, **({"inbox_prefix": inbox_prefix(user)} if user else {}))


async def events_on_stream(nats_url: str, subject: str, stream: str = "IUC") -> list[CloudEvent]:
    """Every CloudEvent stored on `stream` under `subject` (wildcards allowed), oldest first."""
    nc = await watch(nats_url)
    try:
        js = nc.jetstream()
        psub = await js.pull_subscribe(
            subject,
            stream=stream,
            config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL, ack_policy=AckPolicy.NONE, inactive_threshold=30),
        )
        out: list[CloudEvent] = []
        while True:
            try:
                msgs = await psub.fetch(1000, timeout=0.5)
            except (FetchTimeoutError, TimeoutError, nats.errors.TimeoutError):
                break
            out += [CloudEvent.from_nats(m.subject, m.headers, m.data) for m in msgs]
        await psub.unsubscribe()
        return out
    finally:
        await nc.close()


async def count_on_stream(nats_url: str, subject: str, stream: str = "IUC") -> int:
    """How many messages `stream` holds under `subject`, read from the stream's state (cheap)."""
    nc = await watch(nats_url)
    try:
        info = await nc.jetstream().stream_info(stream, subjects_filter=subject)
        return sum((info.state.subjects or {}).values())
    finally:
        await nc.close()


async def wait_for_events(nats_url: str, subject: str, predicate, expected: int, timeout: float = 20.0) -> list[CloudEvent]:
    """Poll the stream until `expected` events match `predicate` (or the time is up); returns the matches."""
    deadline = time.monotonic() + timeout
    while True:
        found = [e for e in await events_on_stream(nats_url, subject) if predicate(e)]
        if len(found) >= expected or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.3)
