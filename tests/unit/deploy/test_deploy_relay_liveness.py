"""The relay container's liveness (issue 14): exec probes on a heartbeat file the relay touches
while it is not stuck, and the checks of deploychecks.relay_probe_problems catch a broken copy."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

from shared.catalog import SERVICES
from shared.heartbeat import HEARTBEAT_FILE_ENV, Heartbeat, main, watch_relay
from tests.unit.deploy.deploychecks import app_problems, relay_probe_problems
from tests.unit.deploy.deploysupport import APPS, ROOT, base_docs, config_literals, container, env_map, find, k8s_name


def _relay(docs: list[dict], name: str) -> dict:
    return container(find(docs, "Deployment", k8s_name(name))["spec"]["template"]["spec"], "relay")


def test_every_relay_has_a_heartbeat_and_exec_probes_on_it() -> None:
    docs = base_docs()
    for entry in SERVICES:
        relay = _relay(docs, entry.name)
        assert relay_probe_problems(entry.name, relay) == []
        heartbeat = env_map(relay)[HEARTBEAT_FILE_ENV]["value"]
        assert relay["livenessProbe"]["exec"]["command"][3] == heartbeat
        assert "httpGet" not in relay["livenessProbe"]


def test_checks_catch_a_relay_without_heartbeat_or_with_a_probe_on_another_file() -> None:
    name = SERVICES[0].name
    docs = base_docs()
    relay = _relay(docs, name)
    relay["livenessProbe"]["exec"]["command"][3] = "/tmp/other.heartbeat"
    relay["startupProbe"]["timeoutSeconds"] = 1
    problems = app_problems(docs, config_literals(), name, APPS[name])
    assert any("livenessProbe does not run" in p for p in problems)
    assert any("startupProbe gives python under 5 s" in p for p in problems)

    relay["env"] = [e for e in relay["env"] if e["name"] != HEARTBEAT_FILE_ENV]
    assert any(HEARTBEAT_FILE_ENV in p for p in app_problems(docs, config_literals(), name, APPS[name]))


def test_checks_catch_a_heartbeat_on_the_read_only_root_and_an_http_probe() -> None:
    name = SERVICES[1].name
    relay = _relay(base_docs(), name)
    relay["volumeMounts"] = []
    relay["readinessProbe"] = {"httpGet": {"path": "/readyz", "port": 8000}}
    problems = relay_probe_problems(name, relay)
    assert any("not on a writable mount" in p for p in problems)
    assert any("serves no HTTP" in p for p in problems)


def test_the_probe_passes_on_a_fresh_file_and_fails_on_a_stale_or_missing_one(tmp_path: Path) -> None:
    beat = tmp_path / "relay.heartbeat"
    assert main([str(beat)]) == 1  # not started yet
    beat.touch()
    assert main([str(beat), "--max-age", "30"]) == 0
    old = time.time() - 45
    os.utime(beat, (old, old))
    assert main([str(beat), "--max-age", "30"]) == 1
    # As the container runs it: the module from the image's working directory.
    proc = subprocess.run([sys.executable, "-m", "shared.heartbeat", str(beat), "--max-age", "30"], cwd=ROOT, capture_output=True)
    assert proc.returncode == 1 and b"stuck" in proc.stderr


class _Relay:
    """What watch_relay needs of OutboxRelay: a pass method it can time."""

    def __init__(self, pass_seconds: float) -> None:
        self.pass_seconds = pass_seconds
        self.passes = 0

    async def publish_pending(self) -> int:
        self.passes += 1
        await asyncio.sleep(self.pass_seconds)
        return 0


async def test_a_pass_that_does_not_end_stops_the_heartbeat(tmp_path: Path) -> None:
    beat = tmp_path / "relay.heartbeat"
    heartbeat = Heartbeat(beat, interval=0.05, stuck_after=0.3)
    relay = _Relay(pass_seconds=0.1)
    relay.publish_pending = heartbeat.around(relay.publish_pending)
    heartbeat.start()
    try:
        await relay.publish_pending()  # a normal pass: beats go on
        assert not heartbeat.stuck and beat.exists()
        relay.pass_seconds = 60
        stuck_pass = asyncio.create_task(relay.publish_pending())
        await asyncio.sleep(0.5)
        assert heartbeat.stuck
        touched = beat.stat().st_mtime
        await asyncio.sleep(0.3)
        assert beat.stat().st_mtime == touched  # no more beats while the pass hangs
        stuck_pass.cancel()
        await asyncio.sleep(0.2)
        assert not heartbeat.stuck and beat.stat().st_mtime > touched
    finally:
        heartbeat.task.cancel()


async def test_watch_relay_only_with_the_variable(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(HEARTBEAT_FILE_ENV, raising=False)
    assert watch_relay(_Relay(0)) is None
    monkeypatch.setenv(HEARTBEAT_FILE_ENV, str(tmp_path / "hb"))
    relay = _Relay(0)
    heartbeat = watch_relay(relay)
    try:
        await relay.publish_pending()
        await asyncio.sleep(0.05)
        assert relay.passes == 1 and (tmp_path / "hb").exists()
    finally:
        heartbeat.task.cancel()
