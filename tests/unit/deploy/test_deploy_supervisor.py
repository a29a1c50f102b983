"""The supervisor of `make run` and the e2e stack: a real child process that dies is started
again, after a back-off that doubles while it keeps dying and resets after a minute up."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from deploy.supervisor import Backoff, Supervisor

SLEEPER = [sys.executable, "-c", "import time; time.sleep(60)"]
CRASHER = [sys.executable, "-c", "import sys; sys.exit(3)"]


class Child:
    """A real process the way the stack holds one: `current` and `start`."""

    def __init__(self, cmd: list[str]) -> None:
        self.cmd = cmd
        self.proc: subprocess.Popen | None = None
        self.starts = 0

    def start(self) -> subprocess.Popen:
        self.starts += 1
        self.proc = subprocess.Popen(self.cmd)
        return self.proc

    def current(self) -> subprocess.Popen | None:
        return self.proc

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def until(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def test_backoff_doubles_to_the_ceiling_and_resets_after_a_minute_up():
    b = Backoff()
    assert [b.next(uptime=2.0) for _ in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    assert b.next(uptime=61.0) == 1
    assert b.next(uptime=0.5) == 2


def test_a_killed_process_is_started_again_after_its_delay_and_logged():
    now = [100.0]
    lines: list[str] = []
    child = Child(SLEEPER)
    child.start()
    sup = Supervisor(log=lines.append, clock=lambda: now[0])
    sup.watch("applications-relay", child.current, child.start)
    try:
        first = child.proc
        first.send_signal(signal.SIGKILL)
        first.wait()
        sup.check()
        assert lines == ["applications-relay exited with -9; restarting in 1 s"]
        now[0] += 0.5
        sup.check()
        assert child.proc is first and child.starts == 1  # the delay is not over
        now[0] += 0.6
        sup.check()
        assert child.proc is not first and child.proc.poll() is None
        assert sup.restarts["applications-relay"] == 1
        assert lines[-1] == f"applications-relay restarted (pid {child.proc.pid})"

        # Dying again soon after: twice the delay. After a minute up: 1 s again.
        child.proc.kill()
        child.proc.wait()
        now[0] += 5
        sup.check()
        assert lines[-1] == "applications-relay exited with -9; restarting in 2 s"
        now[0] += 2.1
        sup.check()
        assert sup.restarts["applications-relay"] == 2
        now[0] += 61
        child.proc.kill()
        child.proc.wait()
        sup.check()
        assert lines[-1] == "applications-relay exited with -9; restarting in 1 s"
    finally:
        child.stop()


def test_a_process_that_keeps_crashing_is_restarted_with_growing_delays_on_the_thread():
    lines: list[str] = []
    child = Child(CRASHER)
    child.start()
    sup = Supervisor(log=lines.append, backoff=lambda: Backoff(first=0.1, ceiling=0.4))
    sup.watch("crasher", child.current, child.start)
    started = time.monotonic()
    sup.start(interval=0.02)
    try:
        until(lambda: sup.restarts["crasher"] >= 4)
        took = time.monotonic() - started
    finally:
        sup.stop()
    exits = [line for line in lines if "exited" in line]
    assert exits[:4] == [
        "crasher exited with 3; restarting in 0.1 s",
        "crasher exited with 3; restarting in 0.2 s",
        "crasher exited with 3; restarting in 0.4 s",
        "crasher exited with 3; restarting in 0.4 s",
    ]
    assert took >= 0.1 + 0.2 + 0.4 + 0.4  # it waited out every delay
    starts = child.starts
    time.sleep(0.3)
    assert child.starts == starts  # halted: nothing restarts any more


def test_a_process_stopped_on_purpose_is_left_alone():
    now = [0.0]
    child = Child(SLEEPER)
    child.start()
    sup = Supervisor(log=lambda _line: None, clock=lambda: now[0])
    sup.watch("nats-server", child.current, child.start)
    child.stop()
    child.proc = None  # as NatsServer.stop and Stack.procs.pop leave it
    for _ in range(3):
        now[0] += 40
        sup.check()
    assert child.starts == 1 and child.proc is None

    # Started again by its owner (a test bringing NATS back), it is supervised again.
    child.start()
    sup.check()
    child.proc.kill()
    child.proc.wait()
    sup.check()
    now[0] += 1.1
    sup.check()
    try:
        assert child.starts == 3 and child.proc.poll() is None
    finally:
        child.stop()


def test_a_start_that_fails_is_retried_with_a_longer_delay():
    now = [0.0]
    lines: list[str] = []
    child = Child(CRASHER)
    child.start()
    child.proc.wait()
    attempts = []

    def broken_start() -> subprocess.Popen:
        attempts.append(now[0])
        if len(attempts) == 1:
            raise RuntimeError("port 8101 is taken")
        return child.start()

    sup = Supervisor(log=lines.append, clock=lambda: now[0])
    sup.watch("gateway", child.current, broken_start)
    sup.check()
    now[0] += 1.0
    sup.check()
    assert lines[-1] == "gateway did not start (port 8101 is taken); retrying in 2 s"
    now[0] += 1.0
    sup.check()
    assert len(attempts) == 1
    now[0] += 1.0
    sup.check()
    assert len(attempts) == 2 and sup.restarts["gateway"] == 1
    child.proc.wait()
