"""The one shape of every service, checked on the source: thin routes, one keyset, one
version mechanism, one way to run periodic work, small files (CONTRIBUTING, "Shape")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SERVICES = sorted(p for p in (ROOT / "services").iterdir() if (p / "app.py").exists())
PYTHON = [
    p
    for d in ("services", "shared", "gateway", "deploy", "tests")
    for p in (ROOT / d).rglob("*.py")
    if "migrations" not in p.parts
]
ROUTES = [p for s in SERVICES for p in s.rglob("routes.py")]
MAX_LINES = 400


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_every_service_is_found():
    assert {s.name for s in SERVICES} >= {"applications", "pairing", "action_plans", "covenant", "value_chains", "knowledge"}
    assert len(ROUTES) >= len(SERVICES)


@pytest.mark.parametrize("path", PYTHON, ids=rel)
def test_no_python_file_is_over_the_limit(path):
    lines = path.read_text().count("\n")
    assert lines <= MAX_LINES, f"{rel(path)} has {lines} lines: split it along a seam of the domain"


@pytest.mark.parametrize("path", ROUTES, ids=rel)
def test_routes_only_parse_authorise_and_call_the_service_layer(path):
    tree = ast.parse(path.read_text())
    service = path.relative_to(ROOT).parts[1]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = {a.name for a in node.names}
            assert "repository" not in names and not node.module.endswith(".repository"), f"{rel(path)} imports the repository"
            assert not node.module.endswith(".models"), f"{rel(path)} imports ORM models ({node.module})"
            assert not (node.module == f"services.{service}" and names & {"repository", "models"})
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert node.value.id != "session", f"{rel(path)}:{node.lineno} calls session.{node.attr}"
            assert node.value.id != "repository", f"{rel(path)}:{node.lineno} calls repository.{node.attr}"


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_no_service_spells_out_a_keyset_or_bumps_a_version(service):
    for path in service.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        text = path.read_text()
        assert not re.search(r"\.version\s*(\+=|=\s*\w+\.version\s*\+)", text), f"{rel(path)} bumps a version by hand"
        assert "def _after(" not in text and "page.after" not in text, f"{rel(path)} spells out a keyset"
        assert "class Versioned" not in text, f"{rel(path)} declares its own Versioned"
        assert "class _In(" not in text, f"{rel(path)} declares its own strict input base"


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_periodic_work_is_a_kit_job_not_a_loop_of_its_own(service):
    app = (service / "app.py").read_text()
    assert "while True" not in app
    assert "Clock(" not in app, "the kit makes the one clock of a service"
    for path in service.rglob("*.py"):
        if "migrations" not in path.parts:
            assert "asyncio.sleep(" not in path.read_text(), f"{rel(path)} sleeps: periodic work is a PeriodicJob"


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_handlers_never_assert(service):
    handlers = service / "handlers.py"
    if handlers.exists():
        text = handlers.read_text()
        assert "assert " not in text and "model_validate" not in text


def test_test_modules_follow_one_pattern_and_are_unique():
    areas = "|".join([s.name for s in SERVICES] + ["kit", "gateway", "deploy", "platform"])
    names = [p.name for p in (ROOT / "tests").rglob("test_*.py")]
    odd = [n for n in names if not re.match(rf"^test_({areas})_\w+\.py$", n)]
    assert not odd, f"test modules are named test_<area>_<what>.py: {odd}"
    assert len(names) == len(set(names)), "test module names repeat"
