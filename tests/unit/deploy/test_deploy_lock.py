"""The lock files pin, with hashes, exactly what pyproject.toml asks for (decision 0015).

`make lock` writes them with uv; `make install` and the Dockerfile install from them with
`pip --require-hashes`. These checks catch a dependency added to pyproject.toml without
`make lock`, a pin outside its declared range, and a lock edited by hand without hashes.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.unit.deploy.deploysupport import DOCKERFILE, ROOT

RUNTIME_LOCK = ROOT / "requirements" / "runtime.lock"
TEST_LOCK = ROOT / "requirements" / "test.lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==(\S+)")


def pins(lock: Path) -> dict[str, str]:
    """{canonical name: version} of every pinned requirement, each with at least one hash."""
    found: dict[str, str] = {}
    entry: str | None = None
    hashed: set[str] = set()
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            entry = canonicalize_name(match.group(1))
            found[entry] = match.group(3).rstrip("\\").strip().split(";")[0].strip()
        elif entry and line.strip().startswith("--hash=sha256:"):
            hashed.add(entry)
    unhashed = sorted(set(found) - hashed)
    assert not unhashed, f"{lock.name}: pinned without a hash: {unhashed}"
    return found


def declared(extra: str | None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = project["dependencies"] + (project["optional-dependencies"][extra] if extra else [])
    return [Requirement(r) for r in reqs]


@pytest.mark.parametrize(("lock", "extra"), [(RUNTIME_LOCK, None), (TEST_LOCK, "test")])
def test_every_declared_dependency_is_pinned_within_its_range(lock: Path, extra: str | None) -> None:
    pinned = pins(lock)
    for req in declared(extra):
        name = canonicalize_name(req.name)
        assert name in pinned, f"{req.name} is in pyproject.toml but not in {lock.name}: run `make lock`"
        assert req.specifier.contains(pinned[name], prereleases=True), (
            f"{lock.name} pins {req.name}=={pinned[name]}, outside {req.specifier}: run `make lock`"
        )


def test_the_runtime_lock_holds_no_test_tool() -> None:
    runtime = pins(RUNTIME_LOCK)
    test_only = {canonicalize_name(r.name) for r in declared("test")} - {canonicalize_name(r.name) for r in declared(None)}
    assert not test_only & set(runtime), f"test tools in the runtime lock: {sorted(test_only & set(runtime))}"
    # The test lock is the runtime lock plus the test tools: the same versions where both pin.
    tested = pins(TEST_LOCK)
    differ = {n: (v, tested[n]) for n, v in runtime.items() if n in tested and tested[n] != v}
    assert not differ, f"the two locks pin different versions: {differ}"


def test_installs_come_from_the_locks() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements/test.lock" in makefile
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    assert "--require-hashes -r requirements/runtime.lock" in dockerfile
    # The project itself goes in without resolving anything again.
    assert re.search(r"pip install [^\n]*--no-deps", dockerfile)
