"""A relay SIGKILLed on the running platform is started again by the stack's supervisor and
publishes what was written while it was dead (issue 14: it used to stay dead, with events
piling up behind a `/readyz` of 200)."""

from __future__ import annotations

import signal
import time

from tests.support.journey import register_city
from tests.support.platform import logs
from tests.support.streams import wait_for_events


async def test_a_killed_relay_comes_back_and_publishes_what_waited(stack, admin):
    relay = stack.relay_name("applications")
    killed = stack.procs[relay]
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    killed_at = time.monotonic()

    city = await register_city(admin, name="Supervised city")  # written while its relay is dead
    events = await wait_for_events(
        stack.nats.url, "iuc.applications.city.registered", lambda e: e.subject == city["id"], expected=1, timeout=60
    )
    assert len(events) == 1, logs(stack)
    print(f"\nevent published {time.monotonic() - killed_at:.1f} s after the relay was killed")
    restarted = stack.procs[relay]
    assert restarted is not killed and restarted.poll() is None
    assert stack.supervisor.restarts[relay] >= 1
    assert f"{relay} exited with -9; restarting in 1 s" in (stack.log_dir / "supervisor.log").read_text()
