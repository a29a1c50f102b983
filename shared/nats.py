"""Connecting to NATS, declaring the platform's JetStream streams, and publishing to them."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass

import orjson
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.errors import BadHeaderError, BadSubjectError, MaxPayloadError
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


async def _reconnected() -> None:
    log.info("NATS connection restored")


@dataclass(frozen=True)
class NatsAuth:
    """Who a process is on NATS, and how it checks the server (decision 0016).

    `IUC_NATS_USER` and `IUC_NATS_PASSWORD` name the process's identity (`shared.natsauth`);
    its replies come under that user's own inbox prefix, the only one it may subscribe to.
    `IUC_NATS_TLS_CA` (a CA bundle file) makes the client verify the server's certificate,
    which matters as soon as passwords cross a network; `IUC_NATS_TLS_CERT` and
    `IUC_NATS_TLS_KEY` add a client certificate for servers that verify clients. Without a
    user the connection is anonymous, which the platform's servers refuse."""

    user: str | None = None
    password: str | None = None
    tls_ca: str | None = None
    tls_cert: str | None = None
    tls_key: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> NatsAuth:
        """The identity and TLS files named by the IUC_NATS_* environment variables."""
        env = os.environ if environ is None else environ
        return cls(
            user=env.get("IUC_NATS_USER") or None,
            password=env.get("IUC_NATS_PASSWORD") or None,
            tls_ca=env.get("IUC_NATS_TLS_CA") or None,
            tls_cert=env.get("IUC_NATS_TLS_CERT") or None,
            tls_key=env.get("IUC_NATS_TLS_KEY") or None,
        )

    def tls_context(self) -> ssl.SSLContext | None:
        """A verifying client context when a CA (or a client certificate) is configured."""
        if not (self.tls_ca or self.tls_cert):
            return None
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=self.tls_ca)
        if self.tls_cert:
            ctx.load_cert_chain(self.tls_cert, self.tls_key)
        return ctx

    def options(self) -> dict:
        """nats-py `connect` keyword arguments."""
        opts: dict = {}
        if self.user:
            opts |= {"user": self.user, "password": self.password or "", "inbox_prefix": f"_INBOX_{self.user}"}
        tls = self.tls_context()
        if tls is not None:
            opts["tls"] = tls
        return opts


async def connect(url: str, name: str, auth: NatsAuth | None = None) -> Client:
    """A client that reconnects forever, so a NATS restart never needs a service restart.

    `auth` defaults to the environment's (`NatsAuth.from_env`)."""
    nc = Client()

    async def disconnected() -> None:
        if not nc.is_closed:  # closing on purpose (shutdown) also passes here
            log.warning("NATS connection lost; reconnecting")

    await nc.connect(
        error_cb=_error,
        disconnected_cb=disconnected,
        reconnected_cb=_reconnected,
        servers=[u.strip() for u in url.split(",")],
        name=name,
        allow_reconnect=True,
        max_reconnect_attempts=-1,
        reconnect_time_wait=0.5,
        connect_timeout=2,
        **(auth or NatsAuth.from_env()).options(),
    )
    return nc


async def connect_with_retry(url: str, name: str, stop: asyncio.Event | None = None, auth: NatsAuth | None = None) -> Client:
    """Keep trying to connect (with back-off) until it works or `stop` is set."""
    delay = 0.2
    while True:
        try:
            return await connect(url, name, auth)
        except Exception as exc:  # any connect failure is retried
            log.warning("NATS at %s not reachable (%s); retrying in %.1fs", url, exc, delay)
            if stop is not None and stop.is_set():
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)


def stream_configs(stream: str = "IUC", replicas: int = 1) -> list[StreamConfig]:
    """The event stream and its dead-letter stream as the platform declares them."""
    return [
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


# The settings `stream_configs` chooses; anything else (max_age, max_bytes...) is the operator's.
_COMPARED = ("subjects", "retention", "storage", "duplicate_window", "discard", "num_replicas")


def config_differences(wanted: StreamConfig, actual: StreamConfig) -> dict[str, tuple[object, object]]:
    """Setting -> (the stream's value, this process's value), for each setting we choose that differs."""
    out: dict[str, tuple[object, object]] = {}
    for name in _COMPARED:
        mine, theirs = getattr(wanted, name), getattr(actual, name)
        if mine is None or (name == "duplicate_window" and not mine):  # not chosen: the server's default
            continue
        if name == "subjects":
            mine, theirs = sorted(mine), sorted(theirs or [])
        elif name == "num_replicas":
            theirs = theirs or 1
        if mine != theirs:
            out[name] = (theirs, mine)
    return out


async def ensure_streams(js: JetStreamContext, stream: str = "IUC", replicas: int = 1) -> dict[str, dict[str, tuple]]:
    """Create the event stream and its dead-letter stream when missing; never change existing ones.

    A start-up used to update the streams to its own settings, so one process started without
    `IUC_STREAM_REPLICAS` cut a 3-replica stream to 1 (issue 14). Now a stream that exists is
    left as it is; where its settings differ from this process's, a warning names both values,
    and `python -m shared.streams apply` is how an operator changes them. Returns the differences
    (stream -> setting -> (the stream's value, this process's value))."""
    found: dict[str, dict[str, tuple]] = {}
    for cfg in stream_configs(stream, replicas):
        try:
            info = await js.stream_info(cfg.name)
        except NotFoundError:
            try:
                await js.add_stream(cfg)
                continue
            except BadRequestError:  # another process created it in between
                info = await js.stream_info(cfg.name)
        diff = config_differences(cfg, info.config)
        if diff:
            found[cfg.name] = diff
            log.warning(
                "stream %s kept as it is, though this process is configured otherwise: %s; "
                "to change the stream, run `python -m shared.streams apply` as ops",
                cfg.name,
                ", ".join(f"{k} is {theirs!r} on the stream, {mine!r} here" for k, (theirs, mine) in diff.items()),
            )
    return found


async def ensure_streams_when_ready(js: JetStreamContext, stream: str = "IUC", replicas: int = 1) -> None:
    """`ensure_streams`, tried again every second while JetStream is still starting."""
    while True:
        try:
            await ensure_streams(js, stream, replicas)
            return
        except Exception as exc:  # noqa: BLE001 - JetStream may still be starting
            log.warning("could not declare streams yet: %s", exc)
            await asyncio.sleep(1.0)


class PublishFailed(Exception):
    """JetStream did not store a message: an error answer, or no stream takes its subject.

    `transient` failures (no stream answers, or a 5xx answer such as storage full) say
    nothing about the message and pass once the stream is back; the others (too large, a
    bad header, a 4xx answer) will fail the same way every time."""

    def __init__(self, reason: str, *, transient: bool) -> None:
        super().__init__(reason)
        self.transient = transient


# nats-py's header block: "NATS/1.0\r\n", then "Key: value\r\n" per header, then "\r\n".
_HEADER_BLOCK_OVERHEAD = len(b"NATS/1.0\r\n\r\n")
_HEADER_VALUE_NEWLINES = str.maketrans({"\r": " ", "\n": " "})


def encoded_size(body: bytes, headers: Mapping[str, str] | None) -> int:
    """The bytes nats-server counts against its `max_payload`: the body and the header block
    as nats-py encodes it (keys and values stripped, empty keys left out).

    nats-py itself compares only the body with `max_payload`; a message whose headers take it
    over the limit is sent, and the server answers with -ERR and drops the connection, which
    nats-py then closes for good (issue 14)."""
    if headers is None:
        return len(body)
    size = _HEADER_BLOCK_OVERHEAD
    for key, value in headers.items():
        k = key.strip()
        if k:
            size += len(k.encode()) + len(value.strip().translate(_HEADER_VALUE_NEWLINES).encode()) + 4  # ": " and CRLF
    return len(body) + size


class StreamPublisher:
    """Pipelined JetStream publishes on one connection: every message names a reply subject
    under an inbox of ours, and the stream's acknowledgement there resolves its future.

    nats-py's `publish_async` does the same with a semaphore, a random token, a done
    callback and a dataclass per message; for a relay sending tens of thousands of events
    that was about a third of its CPU (decisions 0001 and 0002).

    A message larger than the server's `max_payload` (from its INFO; body and headers) is
    never sent: it fails as PublishFailed("MaxPayloadError: ..."), and the connection stays up.
    """

    def __init__(self, nc: Client) -> None:
        self.nc = nc
        self._prefix = ""
        self._sub = None
        self._pending: dict[str, asyncio.Future[int]] = {}
        self._tokens = itertools.count(1)

    @property
    def waiting(self) -> int:
        """Messages sent and not yet acknowledged (or given up on)."""
        return len(self._pending)

    async def _ensure_inbox(self) -> None:
        if self._sub is None:
            self._prefix = self.nc.new_inbox() + "."
            self._sub = await self.nc.subscribe(self._prefix + "*", cb=self._on_ack)

    async def _on_ack(self, msg: Msg) -> None:
        future = self._pending.pop(msg.subject[len(self._prefix) :], None)
        if future is None or future.done():
            return  # given up on (a timed-out batch)
        if not msg.data:  # a status message: 503 when no stream takes the subject
            status = (msg.headers or {}).get("Status", "")
            future.set_exception(PublishFailed(f"no stream took the message (status {status or 'unknown'})", transient=True))
            return
        try:
            ack = orjson.loads(msg.data)
        except orjson.JSONDecodeError:
            future.set_exception(PublishFailed(f"unreadable acknowledgement {msg.data[:200]!r}", transient=True))
            return
        if "error" in ack:
            error = ack["error"]
            code = int(error.get("code") or 500)
            future.set_exception(PublishFailed(f"{code}: {error.get('description')}", transient=code >= 500))
        else:
            future.set_result(int(ack.get("seq", 0)))

    async def publish_all(self, messages: list[tuple[str, bytes, dict[str, str]]], timeout: float) -> list[int | PublishFailed]:
        """Publish (subject, body, headers) messages in order without waiting in between, then
        wait for every acknowledgement. Per message, the stream sequence (a duplicate's is
        the first copy's) or the PublishFailed saying why it was not stored. Raises
        TimeoutError when acknowledgements are still missing after `timeout` seconds."""
        await self._ensure_inbox()
        loop = asyncio.get_running_loop()
        tokens: list[str] = []
        futures: list[asyncio.Future[int]] = []
        try:
            for subject, body, headers in messages:
                token = str(next(self._tokens))
                future = loop.create_future()
                self._pending[token] = future
                tokens.append(token)
                futures.append(future)
                size = encoded_size(body, headers)
                if size > self.nc.max_payload:
                    future.set_exception(
                        PublishFailed(
                            f"MaxPayloadError: {size} bytes (data and headers) exceed the server's max_payload of "
                            f"{self.nc.max_payload}; never sent",
                            transient=False,
                        )
                    )
                    continue
                try:
                    await self.nc.publish(subject, body, reply=self._prefix + token, headers=headers)
                except (MaxPayloadError, BadHeaderError, BadSubjectError) as exc:  # this one can never go
                    future.set_exception(PublishFailed(f"{type(exc).__name__}: {exc}", transient=False))
            return await asyncio.wait_for(asyncio.gather(*futures, return_exceptions=True), timeout=timeout)
        finally:
            for token in tokens:
                self._pending.pop(token, None)
