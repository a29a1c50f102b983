"""Periodic work on the service clock: the one way a service runs a job again and again.

A service lists its `PeriodicJob`s in its `ServiceSpec`; the kit runs each in a task of its
own, at start and then every `every` or daily at `daily_at`, by the service's clock (so a
clock shifted forward in a trial makes a daily job due). `wake_job(app, name)` runs one
early, e.g. after a request changed what it works on. A job that raises is logged and tried
again at its next turn. Decision 0007 says why this is a small helper and not APScheduler.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from fastapi import FastAPI

from shared.clock import Clock

log = logging.getLogger("iuc.jobs")


@dataclass(frozen=True)
class PeriodicJob:
    """A job of a service: what to run and when (every interval, or daily at a time, UTC)."""

    name: str
    run: Callable[[FastAPI], Awaitable[Any]]
    every: timedelta | None = None
    daily_at: time | None = None
    # How often the clock is looked at between runs: a shifted clock is noticed this soon.
    tick: timedelta = timedelta(minutes=1)
    at_start: bool = True

    def __post_init__(self) -> None:
        if (self.every is None) == (self.daily_at is None):
            raise ValueError(f"job {self.name}: give exactly one of every and daily_at")


def is_due(job: PeriodicJob, last_run: datetime | None, now: datetime) -> bool:
    """Whether `job`, last run at `last_run` (None: never), is due at `now`."""
    if last_run is None:
        return job.at_start
    if job.every is not None:
        return now >= last_run + job.every
    if job.daily_at is None:  # not reached: __post_init__ requires one of the two
        return False
    latest = datetime.combine(now.date(), job.daily_at, tzinfo=now.tzinfo)
    if latest > now:
        latest -= timedelta(days=1)
    return last_run < latest


def seconds_until_due(job: PeriodicJob, last_run: datetime | None, now: datetime) -> float:
    """How long to wait before looking again: until the job is due, at most one tick."""
    tick = job.tick.total_seconds()
    if last_run is None:
        return tick
    if job.every is not None:
        return max(0.0, min(tick, (last_run + job.every - now).total_seconds()))
    return tick


class JobRunner:
    """Runs one periodic job for as long as the service runs."""

    def __init__(self, job: PeriodicJob, app: FastAPI) -> None:
        self.job = job
        self.app = app
        self.last_run: datetime | None = None
        self.runs = 0
        self._wake = asyncio.Event()

    @property
    def clock(self) -> Clock:
        # Read at each use: a test may give the app another clock after it is built.
        return self.app.state.clock

    def wake(self) -> None:
        """Run the job as soon as it is not running."""
        self._wake.set()

    async def run_forever(self) -> None:
        """Run when due or woken; wait in ticks, so a moved clock is seen."""
        job = self.job
        while True:
            now = self.clock.now()
            if self._wake.is_set() or is_due(job, self.last_run, now):
                # Cleared before the run: a wake-up during it calls for another run.
                self._wake.clear()
                try:
                    await job.run(self.app)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("job %s failed; it runs again at its next turn", job.name)
                self.last_run = now
                self.runs += 1
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=seconds_until_due(job, self.last_run, self.clock.now()))
            except TimeoutError:
                pass


def wake_job(app: FastAPI, name: str) -> None:
    """Run the service's job `name` early (after the current run, if one is going)."""
    app.state.jobs[name].wake()
