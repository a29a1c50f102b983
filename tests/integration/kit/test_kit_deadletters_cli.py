"""`python -m shared.deadletters` lists dead letters as a table and replays them."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from shared.consumer import Consumer, ConsumerRunner, PoisonEvent
from shared.deadletters import list_dead_letters
from tests.integration.kit.kitsupport import STREAM, ThingHappened, kit, new_event, publish, unique, wait_until

ROOT = Path(__file__).resolve().parents[3]


async def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "shared.deadletters",
        *args,
        cwd=ROOT,
        env=full_env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    return proc.returncode, out.decode(), err.decode()


async def test_cli_lists_and_replays(db, own_js, own_nats_server):
    js = own_js

    async def refuse(ctx, thing):

        raise PoisonEvent("no")

    durable = unique("cli")
    ce = new_event()
    runner = ConsumerRunner(Consumer(durable=durable, handlers={ThingHappened: refuse}), db.sessionmaker, kit.inbox, js)
    await runner.ensure()
    seq = await publish(js, ce)
    [msg] = await (await js.pull_subscribe_bind(durable=durable, stream=STREAM)).fetch(1, timeout=5)
    assert await runner.handle(msg) == "poison"
    [letter] = await wait_until(lambda: list_dead_letters(js), "the dead letter")

    code, out, err = await run_cli("list", "--nats-url", own_nats_server.url)
    assert code == 0, err
    header, rule, row, *_rest = out.splitlines()
    assert header.split()[:2] == ["DLQ", "SEQ"] and set(rule) <= {"-", " "}
    assert row.split()[:4] == [str(letter.dlq_seq), "terminated", durable, str(seq)]
    assert ce.type in row and ce.id in row and "things/x" in row
    assert "1 dead letter(s) in IUC_DLQ" in out

    # The URL may come from IUC_NATS_URL instead of --nats-url.
    code, out, err = await run_cli("replay", "--all", env={"IUC_NATS_URL": own_nats_server.url})
    assert code == 0, err
    assert "Replayed 1 dead letter(s) as 1 message(s)." in out
    assert await list_dead_letters(js) == []

    code, out, err = await run_cli("list", "--nats-url", own_nats_server.url)
    assert (code, out.strip()) == (0, "No dead letters in IUC_DLQ.")
