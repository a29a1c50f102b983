"""The `iuc` command as a regional office runs it: a real process against the running platform."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from deploy.stack import ROOT

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real"
SIGNATORIES = REAL / "gcom_mycovenant_signatories_2024.csv"
ROWS = 11_973
# 20 rows have no GCoM id and one repeats another's (PS0007): a batch upsert keys signatories by it.
SYNCABLE = ROWS - 21


def iuc_env(stack, key: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IUC_")}
    env |= {"IUC_URL": f"http://127.0.0.1:{stack.gateway_port}", "PYTHONPATH": str(ROOT), "COLUMNS": "120"}
    if key:
        env["IUC_API_KEY"] = key
    return env


def iuc(stack, *args: str, key: str | None = None, timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `iuc ARGS` (python -m iuc_cli) as a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "iuc_cli", *args],
        cwd=ROOT,
        env=env or iuc_env(stack, key or stack.admin_api_key),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def as_from_a_terminal() -> None:
    """In the child before it runs: Ctrl-C as a terminal delivers it. A process started in the
    background by a non-interactive shell (as CI may start the suite) inherits SIGINT ignored,
    and Python then installs no KeyboardInterrupt handler, so the SIGINT the test sends would
    never arrive."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def counts(state_file: Path) -> dict[str, int]:
    return json.loads(state_file.read_text())["counts"]


def test_import_signatories_shows_progress_and_ends_with_the_counts(stack):
    r = iuc(stack, "import", "signatories", str(SIGNATORIES), timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "importing signatories" in r.stdout and f"{ROWS}/{ROWS}" in r.stdout, r.stdout
    assert "succeeded" in r.stdout
    # The counts table: total, created, updated, unchanged, failed.
    line = next(ln for ln in r.stdout.splitlines() if "11,973" in ln)
    numbers = [int(c.strip().replace(",", "")) for c in line.strip("│┃ ").split("│")]
    total, created, updated, unchanged, failed = numbers
    assert total == ROWS and failed == 0 and created + updated + unchanged == ROWS, r.stdout
    assert '"-" read as a missing population_adhesion (62 rows)' in r.stdout


def test_a_sync_of_the_same_file_twice_changes_nothing_the_second_time(stack, tmp_path):
    state = tmp_path / "sync.json"
    first = iuc(stack, "sync", "signatories", str(SIGNATORIES), "--state", str(state), timeout=300)
    assert first.returncode == 0, first.stdout + first.stderr
    assert sum(counts(state).values()) == SYNCABLE and counts(state)["refused"] == 0, first.stdout
    assert "21 rows left out" in first.stdout

    second = iuc(stack, "sync", "signatories", str(SIGNATORIES), "--state", str(state), timeout=300)
    assert second.returncode == 0, second.stdout + second.stderr
    assert counts(state) == {"created": 0, "updated": 0, "unchanged": SYNCABLE, "refused": 0}, second.stdout
    assert "Resuming" not in second.stdout
    # Every item went with the ETag the first pass was answered, and matched it.
    assert len(json.loads(state.read_text())["etags"]) == SYNCABLE


def test_an_interrupted_sync_stops_cleanly_and_resumes(stack, tmp_path):
    state = tmp_path / "sync.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "iuc_cli", "sync", "signatories", str(SIGNATORIES), "--state", str(state)],
        cwd=ROOT,
        env=iuc_env(stack, stack.admin_api_key),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_from_a_terminal,
    )
    deadline = time.monotonic() + 120
    while not (state.exists() and json.loads(state.read_text())["pages_done"] >= 1):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stdout + stderr
    saved = json.loads(state.read_text())
    assert 1 <= saved["pages_done"] < saved["pages"] == 12 and not saved["completed"], saved["pages_done"]
    assert "run the same command again to resume" in stderr

    resumed = iuc(stack, "sync", "signatories", str(SIGNATORIES), "--state", str(state), timeout=300)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert f"Resuming after page {saved['pages_done']} of 12" in resumed.stdout
    done = json.loads(state.read_text())
    assert done["completed"] and done["pages_done"] == 12
    assert sum(done["counts"].values()) == SYNCABLE  # each item counted once over the two runs


def test_a_bad_key_prints_the_problem_and_exits_1(stack, tmp_path):
    answer = httpx.get(f"http://127.0.0.1:{stack.gateway_port}/v1/covenant/regional-covenants", headers={"X-API-Key": "nope"})
    assert answer.status_code == 401
    problem = answer.json()
    r = iuc(stack, "sync", "signatories", str(SIGNATORIES), "--state", str(tmp_path / "s.json"), key="iuc_not_a_key")
    assert r.returncode == 1, r.stdout + r.stderr
    assert problem["title"] in r.stderr and "401" in r.stderr, r.stderr

    no_key = iuc(stack, "changes", "--since", "0", env=iuc_env(stack, None))
    assert no_key.returncode == 2 and "IUC_API_KEY" in no_key.stderr
    assert iuc(stack, "export", "signatories", "--format", "xml").returncode == 2


def test_export_and_the_change_feed(stack, tmp_path):
    out = tmp_path / "europe.csv"
    r = iuc(stack, "export", "signatories", "--covenant", "europe", "--format", "csv", "--output", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and {row["regional_covenant"] for row in rows} == {"europe"}
    assert f"{len(rows):,} signatories written" in r.stdout

    as_json = iuc(stack, "export", "signatories", "--country", "LU", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert {s["country_code"] for s in json.loads(as_json.stdout)} == {"LU"}

    feed = iuc(stack, "changes", "--since", "0", "--limit", "1000", "--json")
    assert feed.returncode == 0, feed.stderr
    changes = [json.loads(line) for line in feed.stdout.splitlines()]
    assert len(changes) >= SYNCABLE
    cursor = feed.stderr.strip().splitlines()[-1].removeprefix("next cursor: ")
    assert int(cursor) >= max(c["seq"] for c in changes)
    assert iuc(stack, "changes", "--since", cursor, "--json").stdout == ""

    # --follow keeps polling until Ctrl-C, then tells where to go on from.
    new = {"name": "Musterstadt", "country_code": "DE", "population": 120_000, "adhesion_date": "2024-05-02"}
    r = httpx.put(
        f"http://127.0.0.1:{stack.gateway_port}/v1/covenant/signatories/DE99901",
        json=new,
        headers={"X-API-Key": stack.admin_api_key},
    )
    assert r.status_code == 201, r.text
    follow = subprocess.Popen(
        [sys.executable, "-m", "iuc_cli", "changes", "--since", cursor, "--follow", "--interval", "0.2", "--json"],
        cwd=ROOT,
        env=iuc_env(stack, stack.admin_api_key),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_from_a_terminal,
    )
    watchdog = threading.Timer(90, follow.kill)
    watchdog.start()
    seen = json.loads(follow.stdout.readline())  # the change, read by its first poll
    assert seen["gcom_id"] == "DE99901" and seen["signatory"]["name"] == "Musterstadt"
    time.sleep(1)  # polling the feed's end by now
    follow.send_signal(signal.SIGINT)
    stdout, stderr = follow.communicate(timeout=60)
    watchdog.cancel()
    assert follow.returncode == 130, stderr
    assert stdout == "" and f"next cursor: {seen['seq']}" in stderr


def test_keys_are_managed_where_the_key_store_is(stack, tmp_path):
    # The key store and its pepper: keys are hashed with it (decision 0018).
    db = {"IUC_GATEWAY_DATABASE_URL": stack.database_urls["gateway"], "IUC_KEY_PEPPER": stack.env()["IUC_KEY_PEPPER"]}
    made = iuc(
        stack,
        "keys",
        "create",
        "--name",
        "CoM Europe",
        "--role",
        "covenant_office",
        "--regional-covenant",
        "europe",
        env=iuc_env(stack, None) | db,
    )
    assert made.returncode == 0, made.stderr
    key_id, key = made.stdout.split()[0], made.stdout.strip().splitlines()[-1]
    listed = iuc(stack, "keys", "list", env=iuc_env(stack, None) | db)
    assert key_id in listed.stdout and "covenant=europe" in listed.stdout
    # The office's key works at once.
    assert iuc(stack, "export", "signatories", "--country", "LU", "--format", "json", key=key).returncode == 0
    revoked = iuc(stack, "keys", "revoke", key_id, env=iuc_env(stack, None) | db)
    assert revoked.returncode == 0 and "Revoked" in revoked.stdout, revoked.stderr

    elsewhere = iuc(stack, "keys", "list", env=iuc_env(stack, None) | {"IUC_VAR_DIR": str(tmp_path)})
    assert elsewhere.returncode == 1 and "No key store on this machine" in elsewhere.stderr
    assert not (tmp_path / "gateway.db").exists()


# The contract (HTTP, docs pages, SDK, CLI) does not depend on the database: these run once, in
# `make test`; `make test-postgres` leaves them out (`-m "not contract"`), `make test-contract-postgres` runs them there.
pytestmark = pytest.mark.contract
