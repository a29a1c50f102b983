"""A start-up never changes an existing stream (issue 14): it creates missing streams with its own
settings, warns about differing ones and leaves them; `python -m shared.streams apply`, as `ops`,
is the one way to change them. `/readyz`'s stream check against a real server."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import sys
from pathlib import Path

import nats
import pytest
from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeout

from shared.health import stream_check
from shared.nats import DUPLICATE_WINDOW_SECONDS, connect, ensure_streams

# Does not depend on the database (the stream's settings): runs once, in make test.
pytestmark = pytest.mark.dbfree

ROOT = Path(__file__).resolve().parents[3]


async def run_streams_cli(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "shared.streams",
        *args,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    return proc.returncode, out.decode(), err.decode()


async def test_a_start_up_creates_missing_streams_and_leaves_existing_ones(own_nats_server, caplog):
    nc = await connect(own_nats_server.url, "settings-test")
    try:
        js = nc.jetstream()
        assert await ensure_streams(js) == {}  # created with the process's settings
        info = await js.stream_info("IUC")
        assert (info.config.duplicate_window, info.config.num_replicas) == (DUPLICATE_WINDOW_SECONDS, 1)
        assert await stream_check(nc, "IUC") == "ok"
        assert await stream_check(nc, "NOPE") == "missing"

        # An operator narrows the duplicate window and adds a retention limit of their own.
        await js.update_stream(dataclasses.replace(info.config, duplicate_window=60.0, max_age=3600.0))
        with caplog.at_level(logging.WARNING, logger="iuc.nats"):
            found = await ensure_streams(js)
        assert found == {"IUC": {"duplicate_window": (60.0, DUPLICATE_WINDOW_SECONDS)}}
        warning = next(r.getMessage() for r in caplog.records if "IUC kept as it is" in r.getMessage())
        assert "duplicate_window is 60.0 on the stream, 600.0 here" in warning
        assert "shared.streams apply" in warning
        after = (await js.stream_info("IUC")).config
        assert (after.duplicate_window, after.max_age) == (60.0, 3600.0)  # left as it is
        # The dead-letter stream already matched, so it is not named.
        assert "IUC_DLQ" not in found
    finally:
        await nc.close()


async def test_only_ops_changes_the_streams_with_the_admin_command(secured_nats_server):
    secured = secured_nats_server
    pairing = await nats.connect(**secured.options("pairing"), allow_reconnect=False)
    ops = await nats.connect(**secured.options("ops"), allow_reconnect=False)
    try:
        await ensure_streams(pairing.jetstream())
        config = (await pairing.jetstream().stream_info("IUC")).config
        # A service may declare the streams, not change them.
        with pytest.raises((NatsTimeout, NoRespondersError)):
            await pairing.jetstream(timeout=1).update_stream(dataclasses.replace(config, duplicate_window=60.0))
        await ops.jetstream().update_stream(dataclasses.replace(config, duplicate_window=60.0, max_age=7200.0))

        as_pairing = {"IUC_NATS_URL": secured.server.address, "IUC_NATS_USER": "pairing"}
        as_pairing["IUC_NATS_PASSWORD"] = secured.passwords["pairing"]
        code, _, err = await run_streams_cli("apply", "--replicas", "1", env=as_pairing)
        assert code == 1 and "only the ops identity" in err, err
        assert (await ops.jetstream().stream_info("IUC")).config.duplicate_window == 60.0

        as_ops = {"IUC_NATS_URL": secured.server.address, "IUC_NATS_USER": "ops", "IUC_NATS_PASSWORD": secured.passwords["ops"]}
        code, out, err = await run_streams_cli("apply", "--replicas", "1", env=as_ops)
        assert code == 0, err
        assert "IUC: duplicate_window 60.0 -> 600.0" in out
        assert "IUC_DLQ: unchanged" in out
        assert "IUC: replicas 1, leader " in out  # `show` follows
        after = (await ops.jetstream().stream_info("IUC")).config
        assert (after.duplicate_window, after.max_age) == (DUPLICATE_WINDOW_SECONDS, 7200.0)  # the operator's limit kept

        code, out, _ = await run_streams_cli("show", env=as_ops)
        assert code == 0 and "IUC_DLQ: replicas 1" in out
    finally:
        await pairing.close()
        await ops.close()
