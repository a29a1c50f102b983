"""The operator's command for the platform's JetStream streams: show them, change their settings.

A process never changes an existing stream (`shared.nats.ensure_streams` only creates missing
ones and warns about differences), so raising the replicas of `IUC` and `IUC_DLQ` after moving
to a cluster, or lowering them on purpose, is this explicit step. It connects as the `ops`
identity (the one allowed `$JS.API.STREAM.UPDATE`):

    IUC_NATS_USER=ops IUC_NATS_PASSWORD=... python -m shared.streams show
    IUC_NATS_USER=ops IUC_NATS_PASSWORD=... python -m shared.streams apply --replicas 3

`apply` sets both streams to the platform's settings (`shared.nats.stream_configs`) with the
given replicas, keeping any limit an operator set that the platform does not choose (max_age,
max_bytes...). Exit codes: 0 done, 1 the server refused the change, 2 cannot connect or no stream.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import os
import sys

from nats.js import JetStreamContext
from nats.js.api import StreamInfo
from nats.js.errors import APIError, NotFoundError

from shared.nats import NatsAuth, config_differences, stream_configs

log = logging.getLogger("iuc.streams")
DEFAULT_NATS_URL = "nats://127.0.0.1:4222"


def describe(info: StreamInfo) -> str:
    """One line for a stream: its replicas, leader and followers, message count."""
    cluster = info.cluster
    leader = (cluster.leader if cluster else None) or "none"
    peers = ", ".join(f"{r.name}{'' if r.current else ' (catching up)'}" for r in (cluster.replicas or [])) if cluster else ""
    return (
        f"{info.config.name}: replicas {info.config.num_replicas or 1}, leader {leader}"
        + (f", followers {peers}" if peers else "")
        + f", {info.state.messages} messages, duplicate window {info.config.duplicate_window}s"
    )


async def apply(js: JetStreamContext, stream: str, replicas: int) -> list[str]:
    """Update both streams to the platform's settings with `replicas`; what changed, one line per stream.

    Raises NotFoundError when a stream does not exist (a service creates it on start)."""
    changed: list[str] = []
    for wanted in stream_configs(stream, replicas):
        current = (await js.stream_info(wanted.name)).config
        diff = config_differences(wanted, current)
        if not diff:
            changed.append(f"{wanted.name}: unchanged")
            continue
        # The operator's own limits (not chosen by the platform) stay as they are.
        update = dataclasses.replace(current, **{k: getattr(wanted, k) for k in diff})
        await js.update_stream(update)
        changed.append(f"{wanted.name}: " + ", ".join(f"{k} {theirs!r} -> {mine!r}" for k, (theirs, mine) in diff.items()))
    return changed


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--stream", default=os.environ.get("IUC_STREAM_NAME") or "IUC", help="the event stream (default IUC)")
    common.add_argument(
        "--nats-url",
        default=os.environ.get("IUC_NATS_URL") or DEFAULT_NATS_URL,
        help="NATS server URL(s), comma-separated (default $IUC_NATS_URL or %(default)s)",
    )
    parser = argparse.ArgumentParser(prog="python -m shared.streams", description="Show or change the platform's streams.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("show", parents=[common], help="replicas, leader and size of the stream and its dead letters")
    p_apply = sub.add_parser("apply", parents=[common], help="set the streams to the platform's settings")
    p_apply.add_argument(
        "--replicas",
        type=int,
        required=True,
        choices=range(1, 6),
        metavar="N",
        help="replicas of both streams (1-5; at most the cluster's size)",
    )
    return parser


async def _main(args: argparse.Namespace) -> int:
    import nats

    async def quiet(exc: Exception) -> None:  # the failure is reported below, once
        log.debug("nats: %s", exc)

    try:
        nc = await nats.connect(
            servers=[u.strip() for u in args.nats_url.split(",")],
            name="iuc-streams",
            allow_reconnect=False,
            max_reconnect_attempts=1,
            connect_timeout=3,
            error_cb=quiet,
            **NatsAuth.from_env().options(),
        )
    except Exception as exc:  # noqa: BLE001 - any connect failure is reported the same way
        print(f"cannot connect to NATS at {args.nats_url}: {exc}", file=sys.stderr)
        return 2
    try:
        js = nc.jetstream(timeout=5)
        try:
            if args.command == "apply":
                for line in await apply(js, args.stream, args.replicas):
                    print(line)
            for cfg in stream_configs(args.stream):
                print(describe(await js.stream_info(cfg.name)))
        except NotFoundError as exc:
            print(f"no such stream on {args.nats_url} ({exc}); a service creates it when it starts", file=sys.stderr)
            return 2
        except APIError as exc:
            print(f"the server refused: {exc}", file=sys.stderr)
            return 1
        except TimeoutError:  # nats-py's TimeoutError is one; a permissions violation gets no answer
            print("no answer from JetStream (only the ops identity may change streams)", file=sys.stderr)
            return 1
        return 0
    finally:
        await nc.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m shared.streams`."""
    return asyncio.run(_main(_parser().parse_args(argv)))


if __name__ == "__main__":
    raise SystemExit(main())
