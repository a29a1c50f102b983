"""Dead letters: list the events consumers gave up on, and replay them.

When a consumer terminates a message (poison: not a CloudEvent, an unknown type, invalid
data, or a handler raising `PoisonEvent`) or a message reaches its consumer's
`max_deliver`, JetStream publishes an advisory
(`$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.<stream>.<consumer>` or
`...MAX_DELIVERIES.<stream>.<consumer>`). The dead-letter stream
(`shared.nats.dlq_stream_name(stream)`, e.g. `IUC_DLQ`) keeps those advisories. An
advisory holds only the stream, consumer, stream sequence and delivery count; the event
itself stays in the event stream, where `list_dead_letters` looks it up
(`js.get_msg(stream, seq)`) to show its CloudEvents type, id and subject.

Replaying republishes the original message -- same subject, same JSON data, same `ce-*`
headers -- as a new message in the event stream, then deletes the dead-letter entry.
The copy gets a new `Nats-Msg-Id`, `<ce-id>.replay.<dlq_seq>`: the original id would be
swallowed by JetStream's duplicate window, while an id derived from the dead-letter
entry makes a replay that is interrupted after the publish (before the delete) safe to
run again -- the second publish is then the duplicate JetStream drops.

A replayed event reaches EVERY consumer of its subject, not only the one that gave up on
it. That is harmless: the consumers that already handled the event find its
(consumer, source, id) in their inbox and ack it as a duplicate, so only the consumers
that never completed it run their handler. Fix the cause first (deploy the fixed handler
or the missing contract), then replay; otherwise the event comes back as a dead letter.

Usage:

    python -m shared.deadletters list   [--stream IUC] [--nats-url URL] [--json]
    python -m shared.deadletters replay (--all | SEQ ...) [--stream IUC] [--nats-url URL]

The NATS URL defaults to $IUC_NATS_URL, else nats://127.0.0.1:4222. SEQ are the
dead-letter sequence numbers that `list` shows in its first column. The tool connects as
$IUC_NATS_USER with $IUC_NATS_PASSWORD (and $IUC_NATS_TLS_CA, see `shared.nats.NatsAuth`):
the `ops` identity of `shared.natsauth`, which may read both streams, delete dead letters and
republish under `iuc.>`. With `make run` its password is in var/nats/credentials.json.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import orjson
from nats.js import JetStreamContext
from nats.js.errors import NotFoundError

from shared.events import MSG_ID_HEADER
from shared.nats import NatsAuth, dlq_stream_name

log = logging.getLogger("iuc.deadletters")

DEFAULT_NATS_URL = "nats://127.0.0.1:4222"
ALL: Literal["all"] = "all"

_MAX_DELIVERIES = "max_deliveries"
_TERMINATED = "terminated"
_ADVISORY_PREFIX = "$JS.EVENT.ADVISORY.CONSUMER."
_REASON_BY_KIND = {"MAX_DELIVERIES": _MAX_DELIVERIES, "MSG_TERMINATED": _TERMINATED}
_REASON_BY_TYPE = {
    "io.nats.jetstream.advisory.v1.max_deliver": _MAX_DELIVERIES,
    "io.nats.jetstream.advisory.v1.terminated": _TERMINATED,
}
REPLAY_OF_HEADER = "Iuc-Replay-Of"


@dataclass(frozen=True)
class DeadLetter:
    """One entry of the dead-letter stream, with what is known of the event it stands for."""

    dlq_seq: int  # sequence in the dead-letter stream: what `replay` takes
    reason: str  # "max_deliveries" or "terminated"
    stream: str  # the event stream, e.g. IUC
    consumer: str  # the durable (or ephemeral) consumer that gave up
    stream_seq: int  # the event's sequence in `stream`
    deliveries: int | None  # how often the consumer had received it
    time: str  # when JetStream gave up (advisory timestamp, RFC 3339)
    event_type: str | None = None  # ce-type, if the message was a CloudEvent
    event_id: str | None = None  # ce-id
    event_subject: str | None = None  # ce-subject (the resource the event is about)
    nats_subject: str | None = None  # the subject the message was published on
    missing: bool = False  # the original message is no longer in the stream
    headers: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (without the raw headers)."""
        d = asdict(self)
        d.pop("headers")
        return d


@dataclass
class ReplayReport:
    """What one `replay_report` call did."""

    replayed: list[int] = field(default_factory=list)  # dead-letter seqs replayed and deleted
    published: int = 0  # messages republished (one per original message)
    skipped: dict[int, str] = field(default_factory=dict)  # dead-letter seq -> why not


def _reason(dlq_subject: str, advisory: dict[str, Any]) -> str:
    if dlq_subject.startswith(_ADVISORY_PREFIX):
        kind = dlq_subject[len(_ADVISORY_PREFIX) :].split(".", 1)[0]
        if kind in _REASON_BY_KIND:
            return _REASON_BY_KIND[kind]
    return _REASON_BY_TYPE.get(str(advisory.get("type")), str(advisory.get("type") or "unknown"))


def _ci(headers: dict[str, str], name: str) -> str | None:
    name = name.lower()
    for k, v in headers.items():
        if k.lower() == name:
            return v
    return None


async def _iter_dlq(js: JetStreamContext, dlq: str):
    """Every message of the dead-letter stream, in order, skipping deleted ones."""
    seq = 0
    while True:
        try:
            msg = await js.get_msg(dlq, seq=seq + 1, subject=">", next=True)
        except NotFoundError:
            return
        yield msg
        seq = msg.seq


async def _dead_letter(js: JetStreamContext, stream: str, dlq_msg) -> DeadLetter | None:
    try:
        adv = orjson.loads(dlq_msg.data or b"")
    except orjson.JSONDecodeError:
        log.warning("dead-letter entry %s is not an advisory; ignored", dlq_msg.seq)
        return None
    if not isinstance(adv, dict) or adv.get("stream") != stream or "stream_seq" not in adv:
        return None
    stream_seq = int(adv["stream_seq"])
    base = dict(
        dlq_seq=dlq_msg.seq,
        reason=_reason(dlq_msg.subject or "", adv),
        stream=stream,
        consumer=str(adv.get("consumer", "")),
        stream_seq=stream_seq,
        deliveries=adv.get("deliveries"),
        time=str(adv.get("timestamp") or (dlq_msg.time.isoformat() if dlq_msg.time else "")),
    )
    try:
        original = await js.get_msg(stream, stream_seq)
    except NotFoundError:
        return DeadLetter(**base, missing=True)
    headers = dict(original.headers or {})
    return DeadLetter(
        **base,
        event_type=_ci(headers, "ce-type"),
        event_id=_ci(headers, "ce-id"),
        event_subject=_ci(headers, "ce-subject"),
        nats_subject=original.subject,
        headers=headers,
    )


async def list_dead_letters(js: JetStreamContext, stream: str = "IUC") -> list[DeadLetter]:
    """The dead letters of `stream`'s consumers, oldest first."""
    dlq = dlq_stream_name(stream)
    out: list[DeadLetter] = []
    async for msg in _iter_dlq(js, dlq):
        dl = await _dead_letter(js, stream, msg)
        if dl is not None:
            out.append(dl)
    return out


def _replay_headers(headers: dict[str, str], msg_id: str, stream: str, stream_seq: int) -> dict[str, str]:
    # Keep ce-*, content-type and any application header; drop JetStream's own headers
    # (Nats-Msg-Id, Nats-Expected-*, Nats-TTL, ...), which belong to the original publish.
    kept = {k: v for k, v in headers.items() if not k.lower().startswith("nats-")}
    kept[MSG_ID_HEADER] = msg_id
    kept[REPLAY_OF_HEADER] = f"{stream}/{stream_seq}"
    return kept


async def replay_report(js: JetStreamContext, dlq_seqs: Iterable[int] | Literal["all"], stream: str = "IUC") -> ReplayReport:
    """Replay dead letters (by dead-letter sequence, or `ALL`) and say what was done.

    Entries that point at the same original message (two consumers gave up on it) are
    republished once, since the copy reaches every consumer anyway; all of them are then
    deleted. An entry whose original message is gone (aged out of the stream) is kept.
    """
    dlq = dlq_stream_name(stream)
    report = ReplayReport()
    if dlq_seqs == ALL:
        letters = await list_dead_letters(js, stream)
    else:
        letters = []
        for seq in dict.fromkeys(int(s) for s in dlq_seqs):
            try:
                msg = await js.get_msg(dlq, seq)
            except NotFoundError:
                report.skipped[seq] = "no such dead letter"
                continue
            dl = await _dead_letter(js, stream, msg)
            if dl is None:
                report.skipped[seq] = f"not a dead letter of stream {stream}"
                continue
            letters.append(dl)

    by_original: dict[int, list[DeadLetter]] = {}
    for dl in letters:
        if dl.missing or dl.nats_subject is None:
            report.skipped[dl.dlq_seq] = f"original message {stream}/{dl.stream_seq} is no longer in the stream"
            continue
        by_original.setdefault(dl.stream_seq, []).append(dl)

    for stream_seq, group in by_original.items():
        first = group[0]
        # Re-read the message: `headers` of a listed letter are a copy, and the data is not kept.
        try:
            original = await js.get_msg(stream, stream_seq)
        except NotFoundError:
            for dl in group:
                report.skipped[dl.dlq_seq] = f"original message {stream}/{stream_seq} is no longer in the stream"
            continue
        headers = dict(original.headers or {})
        msg_id = f"{_ci(headers, 'ce-id') or f'{stream}.{stream_seq}'}.replay.{first.dlq_seq}"
        await js.publish(
            original.subject,
            original.data or b"",
            headers=_replay_headers(headers, msg_id, stream, stream_seq),
            stream=stream,
        )
        report.published += 1
        for dl in group:
            try:
                await js.delete_msg(dlq, dl.dlq_seq)
            except NotFoundError:
                pass  # deleted meanwhile by another replay: the goal is reached all the same
            report.replayed.append(dl.dlq_seq)
    return report


async def replay(js: JetStreamContext, dlq_seqs: Iterable[int] | Literal["all"], stream: str = "IUC") -> int:
    """Republish dead letters to their original subjects and delete them from the dead-letter
    stream; `dlq_seqs` is a list of dead-letter sequences or `ALL` ("all").

    Returns how many dead letters were replayed (and deleted). Unknown sequences, and
    entries whose original message has left the stream, are skipped (and logged).
    """
    report = await replay_report(js, dlq_seqs, stream)
    for seq, why in report.skipped.items():
        log.warning("dead letter %s not replayed: %s", seq, why)
    return len(report.replayed)


# ---------------------------------------------------------------- command line


def _short_time(ts: str) -> str:
    # 2026-01-02T03:04:05.123456789Z -> 2026-01-02 03:04:05Z
    if len(ts) >= 19 and ts[10] == "T":
        return ts[:10] + " " + ts[11:19] + "Z"
    return ts


def format_table(letters: list[DeadLetter]) -> str:
    """A plain-text table of dead letters, one per line."""
    cols = ["DLQ SEQ", "REASON", "CONSUMER", "STREAM SEQ", "TRIES", "TIME", "TYPE", "EVENT ID", "SUBJECT"]
    rows = [
        [
            str(d.dlq_seq),
            d.reason,
            d.consumer,
            str(d.stream_seq),
            "" if d.deliveries is None else str(d.deliveries),
            _short_time(d.time),
            "(message gone)" if d.missing else (d.event_type or "(not a CloudEvent)"),
            d.event_id or "-",
            d.event_subject or "-",
        ]
        for d in letters
    ]
    widths = [max(len(c), *(len(r[i]) for r in rows)) if rows else len(c) for i, c in enumerate(cols)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in [cols, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--stream", default="IUC", help="the event stream (default IUC)")
    common.add_argument(
        "--nats-url",
        default=os.environ.get("IUC_NATS_URL") or DEFAULT_NATS_URL,
        help="NATS server URL (default $IUC_NATS_URL or %(default)s)",
    )
    parser = argparse.ArgumentParser(
        prog="python -m shared.deadletters", description="List and replay the platform's dead letters."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p_list = sub.add_parser("list", parents=[common], help="show the dead letters")
    p_list.add_argument("--json", action="store_true", help="one JSON object per line instead of a table")
    p_replay = sub.add_parser("replay", parents=[common], help="republish dead letters and remove them")
    which = p_replay.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="replay every dead letter")
    which.add_argument("seqs", nargs="*", type=int, default=[], metavar="SEQ", help="dead-letter sequence numbers")
    return parser


async def _main(args: argparse.Namespace) -> int:
    import nats

    async def quiet(exc: Exception) -> None:  # the failure is reported below, once
        log.debug("nats: %s", exc)

    try:
        nc = await nats.connect(
            servers=[u.strip() for u in args.nats_url.split(",")],
            name="iuc-deadletters",
            allow_reconnect=False,
            max_reconnect_attempts=1,
            reconnect_time_wait=0.2,
            connect_timeout=3,
            error_cb=quiet,
            **NatsAuth.from_env().options(),
        )
    except Exception as exc:  # noqa: BLE001 - any connect failure is reported the same way
        print(f"cannot connect to NATS at {args.nats_url}: {exc}", file=sys.stderr)
        return 2
    try:
        js = nc.jetstream()
        try:
            await js.stream_info(dlq_stream_name(args.stream))
        except NotFoundError:
            print(f"no dead-letter stream {dlq_stream_name(args.stream)} on {args.nats_url}", file=sys.stderr)
            return 2
        if args.command == "list":
            letters = await list_dead_letters(js, args.stream)
            if args.json:
                for d in letters:
                    print(orjson.dumps(d.to_dict()).decode())
            elif not letters:
                print(f"No dead letters in {dlq_stream_name(args.stream)}.")
            else:
                print(format_table(letters))
                print(f"\n{len(letters)} dead letter(s) in {dlq_stream_name(args.stream)}.")
            return 0
        report = await replay_report(js, ALL if args.all else args.seqs, args.stream)
        for seq, why in sorted(report.skipped.items()):
            print(f"dead letter {seq} not replayed: {why}", file=sys.stderr)
        print(f"Replayed {len(report.replayed)} dead letter(s) as {report.published} message(s).")
        return 1 if report.skipped else 0
    finally:
        await nc.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m shared.deadletters`."""
    args = _parser().parse_args(argv)
    if args.command == "replay" and not args.all and not args.seqs:
        _parser().error("replay needs --all or at least one SEQ")
    return asyncio.run(_main(args))


if __name__ == "__main__":
    raise SystemExit(main())
