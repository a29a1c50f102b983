"""The published contract, as the live gateway serves it at /openapi.json: a valid OpenAPI 3.1
document, the one `python -m gateway.contract` builds, from which openapi-python-client
generates a client with no warning, every operation present and every answer typed."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from openapi_spec_validator import validate

from gateway.contract import merged_document
from shared.problems import PROBLEM_JSON

GENERATOR = Path(sys.executable).parent / "openapi-python-client"
METHODS = ("get", "put", "post", "delete", "patch")


async def whole_document(anonymous) -> dict:
    """/openapi.json once every service has given its document (a busy one may miss the
    gateway's probe timeout at first; the gateway asks it again on the next request)."""
    deadline = time.monotonic() + 60
    while True:
        r = await anonymous.get("/openapi.json")
        assert r.status_code == 200, r.text
        doc = r.json()
        if "x-iuc-unavailable-services" not in doc:
            return doc
        assert time.monotonic() < deadline, doc["x-iuc-unavailable-services"]
        await asyncio.sleep(0.5)


@pytest.fixture
async def live(anonymous) -> dict:
    return await whole_document(anonymous)


def operations(doc: dict):
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


async def test_the_live_document_validates_and_is_the_one_built_in_process(live):
    validate(live)
    assert live == orjson.loads(orjson.dumps(merged_document()))


async def test_names_and_titles_are_unique_and_every_error_is_a_problem(live):
    schemas = live["components"]["schemas"]
    assert all(schema.get("title", name) == name for name, schema in schemas.items())
    assert "HTTPValidationError" not in schemas
    for path, method, op in operations(live):
        assert op.get("summary") and op.get("tags"), (method, path)
        for status, answer in op["responses"].items():
            if status[0] in "45" and path != "/oauth/token":
                assert list(answer["content"]) == [PROBLEM_JSON], (method, path, status)
                assert answer["content"][PROBLEM_JSON]["schema"] == {"$ref": "#/components/schemas/Problem"}
        if path.startswith("/v1/showcase"):
            # Open to everyone (shared/showcase.py): no key to refuse, a budget per address, cacheable
            assert op["security"] == [] and op["tags"] == ["showcase"], (method, path)
            assert {"304", "429", "502", "503", "504"} <= set(op["responses"]), (method, path)
            assert not {"401", "403"} & set(op["responses"]), (method, path)
        elif path.startswith("/v1/"):
            assert {"401", "403", "429", "502", "503", "504"} <= set(op["responses"]), (method, path)
        if path.startswith("/v1/"):
            assert "Retry-After" in op["responses"]["429"]["headers"]
    token = live["paths"]["/oauth/token"]["post"]
    assert list(token["requestBody"]["content"]) == ["application/x-www-form-urlencoded"]
    assert token["responses"]["400"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/TokenError"}


async def test_every_undocumented_method_answers_405_with_allow(admin, live):
    templates = {path: re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/:]+", re.escape(path)) + "$") for path in live["paths"]}
    for path, item in live["paths"].items():
        documented = {m.upper() for m in METHODS if m in item}
        url = re.sub(r"\{[^}]+\}", "x", path)
        # `/v1/cities/imports` is also `/v1/cities/{city_id}`: take a method neither has.
        served = {m.upper() for p, t in templates.items() if t.match(url) for m in METHODS if m in live["paths"][p]}
        method = next(m for m in ("GET", "DELETE", "PUT", "PATCH", "POST") if m not in served | documented)
        r = await admin.request(method, url)
        assert r.status_code == 405, (method, url, r.status_code, r.text)
        assert documented <= {m.strip() for m in r.headers["allow"].split(",")}, (method, url, r.headers["allow"])


async def test_openapi_python_client_generates_every_operation_typed_without_a_warning(live, tmp_path):
    doc = live
    spec = tmp_path / "openapi.json"
    spec.write_bytes(orjson.dumps(doc))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    out = await asyncio.to_thread(
        subprocess.run,
        [str(GENERATOR), "generate", "--path", str(spec), "--output-path", str(tmp_path / "client")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    log = out.stdout + out.stderr
    assert out.returncode == 0, log
    assert "warning" not in log.lower() and "error" not in log.lower(), log

    modules = {p.stem: p.read_text() for p in (tmp_path / "client").glob("*/api/*/*.py") if p.stem != "__init__"}
    for path, method, op in operations(doc):
        code = modules.get(op["operationId"])
        assert code is not None, f"{method} {path}: {op['operationId']} was not generated"
        for status, answer in op["responses"].items():
            if status.startswith("2") and "application/json" in (answer.get("content") or {}):
                # A documented JSON answer is parsed into its model, not handed back as None.
                assert f"if response.status_code == {status}:" in code, (op["operationId"], status)
                assert f"response_{status} = cast(Any, None)" not in code, (op["operationId"], status)


# The contract (HTTP, docs pages, SDK, CLI) does not depend on the database: these run once, in
# `make test`; `make test-postgres` leaves them out (`-m "not contract"`), `make test-contract-postgres` runs them there.
pytestmark = pytest.mark.contract
