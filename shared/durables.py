"""A consumer's durable on JetStream: its settings, kept up to date, and in-progress heartbeats
while a batch is handled (issue 14, decision 0021).

ack_wait is short (5 s, `Consumer.ack_wait_seconds`) so that what a killed process held comes
back seconds after it restarts; a batch that takes longer tells JetStream it is still at work
instead of being sent again behind its back.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from nats.js.errors import APIError

if TYPE_CHECKING:
    from shared.consumer import Consumer

log = logging.getLogger("iuc.consumer")


def durable_config(c: Consumer) -> ConsumerConfig:
    """The durable's settings as the consumer declares them."""
    cfg = ConsumerConfig(
        durable_name=c.durable,
        ack_policy=AckPolicy.EXPLICIT,
        deliver_policy=DeliverPolicy.ALL,
        max_deliver=c.max_deliver,
        ack_wait=c.ack_wait_seconds,
        max_ack_pending=1000,
    )
    if len(c.subjects) == 1:
        cfg.filter_subject = c.subjects[0]
    else:
        cfg.filter_subjects = c.subjects
    return cfg


async def ensure_durable(js: JetStreamContext, stream: str, c: Consumer) -> None:
    """Create the durable, or update an existing one.

    The server (2.10+) updates ack_wait, max_deliver, max_ack_pending and the filters of an
    existing durable in place. When it refuses (a durable made with a setting it cannot change,
    such as another deliver policy), the durable keeps those settings and takes ours for the
    rest: deleting and recreating it would lose its position and replay the stream."""
    cfg = durable_config(c)
    try:
        await js.add_consumer(stream, cfg)
        return
    except APIError as exc:
        try:
            existing = (await js.consumer_info(stream, c.durable)).config
        except APIError:
            raise exc from None
        log.warning("durable %s refused its new settings (%s); updating only what can change", c.durable, exc)
    await js.add_consumer(
        stream,
        dataclasses.replace(
            existing,
            ack_wait=cfg.ack_wait,
            max_deliver=cfg.max_deliver,
            max_ack_pending=cfg.max_ack_pending,
            filter_subject=cfg.filter_subject,
            filter_subjects=cfg.filter_subjects,
        ),
    )


@contextlib.asynccontextmanager
async def in_progress(msgs: list[Msg], ack_wait: float) -> AsyncIterator[None]:
    """While the block runs, tell JetStream every third of `ack_wait` that the messages not yet
    done are still being worked on. A quick batch sends nothing (the first beat is after
    ack_wait / 3); an acked, nak'ed or termed message gets no beat (nats-py marks it done, and a
    beat would cut a nak's delay short)."""

    async def beat() -> None:
        while True:
            await asyncio.sleep(ack_wait / 3)
            for msg in msgs:
                if not getattr(msg, "_ackd", False):
                    with contextlib.suppress(Exception):  # connection trouble: the next beat, or a redelivery
                        await msg.in_progress()

    task = asyncio.create_task(beat())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
