"""Restart the platform's processes when they die, with back-off (issue 14).

A relay or service that exits (a crash, the OOM killer, a SIGKILL) used to stay dead under
`deploy.stack.Stack`, with events piling up behind every `/readyz` answering 200, and under
`make run` one exit stopped every process of the platform. The supervisor watches each process and
starts it again: after 1 s, doubling up to 30 s while it keeps dying, and back to 1 s once it
has stayed up for a minute (a process that dies at start-up does not spin the machine).

A process the stack stopped on purpose (its entry gone from `Stack.procs`, or
`NatsServer.stop` having cleared its `proc`) is left alone. Kubernetes does the same job with
the pod's restart policy and liveness probes (deploy/k8s, docs/decisions/0021).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """The delay before the next restart of one process."""

    first: float = 1.0
    ceiling: float = 30.0
    reset_after: float = 60.0  # seconds of uptime after which a death counts as the first again
    delay: float = 0.0  # the last delay given; 0 before the first restart

    def next(self, uptime: float) -> float:
        """The delay for a process that died after `uptime` seconds."""
        if self.delay == 0.0 or uptime >= self.reset_after:
            self.delay = self.first
        else:
            self.delay = min(self.delay * 2, self.ceiling)
        return self.delay


@dataclass
class _Watched:
    name: str
    current: Callable[[], subprocess.Popen | None]  # the process as the stack holds it now
    start: Callable[[], subprocess.Popen]  # starts it again (and puts it where `current` finds it)
    backoff: Backoff
    seen: subprocess.Popen | None = None
    started_at: float = 0.0
    restart_at: float | None = None  # when a restart is due, after a death


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@dataclass
class Supervisor:
    """Watches processes and restarts the ones that exit; `check` is one pass, `start` runs
    passes on a thread until `halt`."""

    log: Callable[[str], None] = _stderr
    clock: Callable[[], float] = time.monotonic
    backoff: Callable[[], Backoff] = Backoff
    restarts: dict[str, int] = field(default_factory=dict)
    _watched: dict[str, _Watched] = field(default_factory=dict)
    _halted: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def watch(self, name: str, current: Callable[[], subprocess.Popen | None], start: Callable[[], subprocess.Popen]) -> None:
        """Supervise one process: `current()` is how the stack holds it now, `start()` starts it
        again and returns the new process (it must also be what `current()` returns next)."""
        self._watched[name] = _Watched(name, current, start, self.backoff(), current(), self.clock())
        self.restarts.setdefault(name, 0)

    def check(self) -> None:
        """Notice exits, and restart the processes whose back-off is over."""
        for w in self._watched.values():
            if self._halted.is_set():
                return
            proc = w.current()
            if proc is None:  # stopped on purpose
                w.seen, w.restart_at = None, None
                continue
            now = self.clock()
            if proc is not w.seen:  # started again by someone else (e.g. a test restarting NATS)
                w.seen, w.started_at, w.restart_at = proc, now, None
            code = proc.poll()
            if code is None:
                continue
            if w.restart_at is None:
                delay = w.backoff.next(now - w.started_at)
                w.restart_at = now + delay
                self.log(f"{w.name} exited with {code}; restarting in {delay:g} s")
                continue
            if now < w.restart_at:
                continue
            self._restart(w)

    def _restart(self, w: _Watched) -> None:
        try:
            proc = w.start()
        except Exception as exc:  # noqa: BLE001 - a failed start is one more death, with the longer back-off
            now = self.clock()
            delay = w.backoff.next(0.0)
            w.restart_at = now + delay
            self.log(f"{w.name} did not start ({exc}); retrying in {delay:g} s")
            return
        w.seen, w.started_at, w.restart_at = proc, self.clock(), None
        self.restarts[w.name] = self.restarts.get(w.name, 0) + 1
        self.log(f"{w.name} restarted (pid {proc.pid})")

    def start(self, interval: float = 0.2) -> Supervisor:
        """Check every `interval` seconds on a daemon thread."""

        def loop() -> None:
            while not self._halted.wait(interval):
                self.check()

        self._thread = threading.Thread(target=loop, name="iuc-supervisor", daemon=True)
        self._thread.start()
        return self

    def halt(self) -> None:
        """Restart nothing more; safe in a signal handler (Ctrl-C reaches every child too)."""
        self._halted.set()

    def stop(self) -> None:
        """Halt and wait for the thread (a restart under way finishes first)."""
        self.halt()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=30)
