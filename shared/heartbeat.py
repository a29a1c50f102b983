"""A heartbeat file for the relay's liveness probe in Kubernetes (issue 14, decision 0021).

The relay has no port, so no HTTP probe. With `IUC_RELAY_HEARTBEAT_FILE` set, the relay process
touches that file every HEARTBEAT_INTERVAL_SECONDS while it is alive and not stuck, and the
container's exec probe checks its age:

    python -m shared.heartbeat /tmp/relay.heartbeat --max-age 30

"Stuck" means what a restart cures: the event loop is blocked (nothing touches the file), or
one pass (read the outbox, publish, mark) has run for longer than STUCK_AFTER_SECONDS (a query or
publish that never returns). Waiting for NATS or the database to come back is not stuck: the
relay retries by itself, and a restart would only add Kubernetes' own back-off to the outage;
that case shows on the service's `/readyz` instead.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

HEARTBEAT_FILE_ENV = "IUC_RELAY_HEARTBEAT_FILE"
HEARTBEAT_INTERVAL_SECONDS = 5.0
STUCK_AFTER_SECONDS = 60.0


class Heartbeat:
    """Touches `path` every `interval` seconds unless a pass wrapped by `around` has run longer
    than `stuck_after` seconds."""

    def __init__(self, path: Path, interval: float = HEARTBEAT_INTERVAL_SECONDS, stuck_after: float = STUCK_AFTER_SECONDS):
        self.path = path
        self.interval = interval
        self.stuck_after = stuck_after
        self._pass_started: float | None = None
        self.task: asyncio.Task | None = None

    def around(self, step: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[Any]]:
        """`step` (one pass), noting while it runs."""

        @functools.wraps(step)
        async def timed() -> Any:
            self._pass_started = time.monotonic()
            try:
                return await step()
            finally:
                self._pass_started = None

        return timed

    @property
    def stuck(self) -> bool:
        """Whether the pass under way has run for longer than `stuck_after`."""
        started = self._pass_started
        return started is not None and time.monotonic() - started > self.stuck_after

    def beat(self) -> None:
        """Touch the file, unless stuck."""
        if not self.stuck:
            self.path.touch()

    async def run(self) -> None:
        while True:
            self.beat()
            await asyncio.sleep(self.interval)

    def start(self) -> Heartbeat:
        """Beat on a task of the running loop."""
        self.task = asyncio.create_task(self.run(), name="iuc-relay-heartbeat")
        return self


def watch_relay(relay: Any) -> Heartbeat | None:
    """Give the relay a heartbeat when IUC_RELAY_HEARTBEAT_FILE is set: its passes are timed
    (`publish_pending`, the step `OutboxRelay.run` repeats) and the file is touched on a task."""
    path = os.environ.get(HEARTBEAT_FILE_ENV)
    if not path:
        return None
    heartbeat = Heartbeat(Path(path))
    relay.publish_pending = heartbeat.around(relay.publish_pending)
    return heartbeat.start()


def age(path: Path) -> float | None:
    """Seconds since the file was last touched; None if it does not exist."""
    try:
        return time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    """The liveness probe: exit 0 if the file was touched within --max-age seconds, else 1."""
    parser = argparse.ArgumentParser(prog="python -m shared.heartbeat", description="Check a relay's heartbeat file.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--max-age", type=float, default=30.0)
    args = parser.parse_args(argv)
    seconds = age(args.path)
    if seconds is None:
        print(f"{args.path} does not exist: the relay has not started", file=sys.stderr)
        return 1
    if seconds > args.max_age:
        print(f"{args.path} is {seconds:.0f} s old (over {args.max_age:g} s): the relay is stuck", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
