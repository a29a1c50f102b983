"""Connecting to NATS and declaring the platform's JetStream streams."""

from __future__ import annotations

import asyncio
import logging

import nats
from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import DiscardPolicy, RetentionPolicy, StorageType, StreamConfig
from nats.js.errors import BadRequestError, NotFoundError

log = logging.getLogger("iuc.nats")

DLQ_STREAM_SUFFIX = "_DLQ"
# Every event subject is iuc.<service>.<entity>.<event>, whatever the stream is called.
EVENT_SUBJECTS = "iuc.>"
DUPLICATE_WINDOW_SECONDS = 600.0


def dlq_stream_name(stream: str) -> str:
    """The dead-letter stream paired with `stream`."""
    return stream + DLQ_STREAM_SUFFIX


def dlq_subjects(stream: str) -> list[str]:
    """JetStream advisories for messages that failed for good on `stream`'s consumers."""
    return [
        f"$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.{stream}.*",
        f"$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.{stream}.*",
    ]


async def _error(exc: Exception) -> None:
    # nats-py would log a full traceback for every failed reconnect; one line is enough.
    log.warning("NATS: %s", exc or type(exc).__name__)


async def _disconnected() -> None:
    log.warning("NATS connection lost; reconnecting")


async def _reconnected() -> None:
    log.info("NATS connection restored")


async def connect(url: str, name: str) -> Client:
    """A client that reconnects forever, so a NATS restart never needs a service restart."""
    return await nats.connect(
        error_cb=_error,
        disconnected_cb=_disconnected,
        reconnected_cb=_reconnected,
        servers=[u.strip() for u in url.split(",")],
        name=name,
        allow_reconnect=True,
        max_reconnect_attempts=-1,
        reconnect_time_wait=0.5,
        connect_timeout=2,
    )


async def connect_with_retry(url: str, name: str, stop: asyncio.Event | None = None) -> Client:
    """Keep trying to connect (with back-off) until it works or `stop` is set."""
    delay = 0.2
    while True:
        try:
            return await connect(url, name)
        except Exception as exc:  # any connect failure is retried
            log.warning("NATS at %s not reachable (%s); retrying in %.1fs", url, exc, delay)
            if stop is not None and stop.is_set():
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)


async def ensure_streams(js: JetStreamContext, stream: str = "IUC", replicas: int = 1) -> None:
    """Create (or update) the event stream and its dead-letter stream."""
    configs = [
        StreamConfig(
            name=stream,
            subjects=[EVENT_SUBJECTS],
            retention=RetentionPolicy.LIMITS,
            storage=StorageType.FILE,
            duplicate_window=DUPLICATE_WINDOW_SECONDS,
            discard=DiscardPolicy.OLD,
            num_replicas=replicas,
        ),
        StreamConfig(
            name=dlq_stream_name(stream),
            subjects=dlq_subjects(stream),
            retention=RetentionPolicy.LIMITS,
            storage=StorageType.FILE,
            num_replicas=replicas,
        ),
    ]
    for cfg in configs:
        try:
            await js.stream_info(cfg.name)
            try:
                await js.update_stream(cfg)
            except BadRequestError as exc:  # e.g. a stricter config set by an operator
                log.warning("stream %s kept as it is: %s", cfg.name, exc)
        except NotFoundError:
            await js.add_stream(cfg)
