"""The committed SDK (sdk/) is what the generator makes of today's merged document: CI fails when it is stale."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SDK = ROOT / "sdk"


def load_generator():
    spec = importlib.util.spec_from_file_location("sdk_generate", SDK / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tree(root: Path, names: tuple[str, ...]) -> dict[str, str]:
    """Every generated file under `root`, by relative path."""
    files: dict[str, str] = {}
    for name in names:
        top = root / name
        for p in [top] if top.is_file() else sorted(top.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                files[str(p.relative_to(root))] = p.read_text(encoding="utf-8")
    return files


def test_the_committed_sdk_is_generated_from_the_current_document(tmp_path):
    generate = load_generator()
    generate.generate(generate.merged_document(), tmp_path)
    fresh, committed = tree(tmp_path, generate.GENERATED), tree(SDK, generate.GENERATED)
    assert fresh, "the generator wrote nothing"
    missing, extra = sorted(set(fresh) - set(committed)), sorted(set(committed) - set(fresh))
    changed = sorted(p for p in set(fresh) & set(committed) if fresh[p] != committed[p])
    diff = "".join(
        "".join(difflib.unified_diff(committed[p].splitlines(True), fresh[p].splitlines(True), f"sdk/{p}", "generated"))
        for p in changed[:3]
    )
    assert not (missing or extra or changed), (
        "sdk/ is stale: run `make sdk` (python sdk/generate.py) and commit the result.\n"
        f"new: {missing[:10]}\ngone: {extra[:10]}\nchanged: {changed[:10]}\n{diff[:4000]}"
    )


# The contract (HTTP, docs pages, SDK, CLI) does not depend on the database: these run once, in
# `make test`; `make test-postgres` leaves them out (`-m "not contract"`), `make test-contract-postgres` runs them there.
pytestmark = pytest.mark.contract
