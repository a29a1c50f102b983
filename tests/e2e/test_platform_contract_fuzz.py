"""The merged OpenAPI document against the running platform: schemathesis with every check.

Schemathesis reads `/openapi.json` from the gateway, generates requests from it (schema examples,
boundary values, random valid and invalid data, and chains of calls following the links) and
checks every answer: no 5xx, documented status codes, content types and headers, answers that
match their schema, schema-valid requests accepted and schema-invalid ones refused, 405s with
`Allow`, and more (`--checks all`). The run is seeded, so a failure reproduces.

CI runs it bounded: `IUC_FUZZ_EXAMPLES` (3 by default) examples per operation and phase, two
workers, about three minutes on two cores, most of it the coverage phase. `make fuzz` runs the
long version: `IUC_FUZZ_EXAMPLES=100 pytest tests/e2e/test_platform_contract_fuzz.py`.

What the schema cannot say is answered by documented problems, and only those are dropped
here (`filter_failure`), each for a reason written next to it:
- a page token or change cursor the API did not issue (400): tokens are opaque;
- 410 / 412: a cursor older than the feed, an If-Match that is no longer current: the
  state of the resource, like the 409s schemathesis already accepts;
- 422 whose every error names a domain rule (`errors[].rule`) or one of `DOMAIN_CODES`: a value
  of a reference list the schema only gives the shape of (a NUTS region, a NACE code), a
  resource named in the body that does not exist, an order between two fields, the clock.
A 422 for a malformed value (pydantic's codes) is never dropped: the schema must refuse it first.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import httpx
import pytest
import schemathesis

from deploy.stack import ROOT, Stack
from tests.support.platform import delete_webhook_endpoints, webhook_endpoint_ids

SEED = 20261201
EXAMPLES = int(os.environ.get("IUC_FUZZ_EXAMPLES", "3"))
# Two workers overlap generation in this process with the services' work (the coverage phase
# dominates: boundary values of every parameter, whatever the example count).
WORKERS = os.environ.get("IUC_FUZZ_WORKERS", "2")

# A 422 a schema-valid request may still earn: every error names either a domain rule
# (`errors[].rule`: the services' rules of state machines, plans, chains, organisations, which
# relate fields, items, stored resources and the clock) or one of these codes.
DOMAIN_CODES = frozenset(
    {
        # reference lists given by shape (pattern) in the schema, by value on the server
        "unknown_country",
        "unknown_region",
        "unknown_nace_code",
        "unknown_ecosystem",
        "unknown_sdg",
        # resources named in the body that do not exist
        "unknown_call",
        "unknown_city",
        "unknown_match",
        "unknown_organisation",
        "unknown_practice",
        "unknown_stage",
        # the content of an uploaded file, which a binary body's schema cannot describe:
        # UTF-8 text, and a CSV header with the format's columns
        "csv_not_utf8",
        "csv_header",
        # a URL whose normalised form (percent-encoded, as stored) is longer than its column
        "url_too_long",
        # a webhook target the deployment refuses: http where https is required, user info, an
        # address of this network (the address rules are configuration, not the URL's shape)
        "target_refused",
        # rules between fields or items
        "duplicate_stage_key",
        "date_order",
        "period_order",
        "lead_city_is_member",
        "region_on_both_sides",
        "weights_all_zero",
        "two_parties",  # a locked pair of one party with itself
        # an inventory line: the emissions, or the activity and its factor; a factor names its carrier
        "emissions_or_factor_required",
        "carrier_required",
        # a call's pairing settings below the call's own minimum cooperation, which the schema's 18 cannot know
        "min_cooperation_months",
        # one of two query parameters (candidates: city_id or region_id)
        "city_or_region_required",
        # a search whose words are all operators or stop words
        "no_search_word",
        # who acts: an admin key accepting or declining a pairing names the city it acts for
        "party_required",
    }
)
STATE_STATUSES = frozenset({410, 412})
# Problem types about the target resource's own content rather than the request (a practice
# submitted for review before it has a summary), answered 422 like the kit's other rule breaks.
STATE_PROBLEMS = ("/practice-incomplete",)
OPAQUE_PARAMETERS = ("page_token", "cursor")


def _problem(response) -> dict:
    try:
        body = response.json()
    except Exception:  # noqa: BLE001 - not JSON: not a problem we know
        return {}
    return body if isinstance(body, dict) else {}


def is_documented_answer(failure, case, response) -> bool:
    """True when a rejected schema-valid request got one of the documented answers above."""
    if getattr(failure, "code", None) != "ST202":
        return False
    status = response.status_code
    if status in STATE_STATUSES:
        return True
    problem = _problem(response)
    if status == 400:
        query = case.query or {}
        return any(p in query for p in OPAQUE_PARAMETERS) and (
            str(problem.get("type", "")).endswith("invalid-page-token") or "cursor" in str(problem.get("detail", ""))
        )
    if status == 422:
        if str(problem.get("type", "")).endswith(STATE_PROBLEMS):
            return True
        errors = problem.get("errors") or []
        return bool(errors) and all(e.get("rule") or e.get("code") in DOMAIN_CODES for e in errors)
    return False


_keys = itertools.count(1)


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    """An Idempotency-Key is a fresh value per request, as a client makes it: a generated one
    repeats ("0", "0", ...) across different bodies, which the server rightly refuses (422, as
    the IETF Idempotency-Key draft says)."""
    if case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = f"fuzz-{SEED}-{next(_keys)}"
    # The fuzz sends wrong credentials by the thousand, and the gateway throttles failures per
    # client address (gateway/ratelimit.py, 10 a minute): each request comes from an address of
    # its own, as from many clients, so the throttle neither answers the fuzz's real requests
    # with 429 nor reaches the rest of the session on 127.0.0.1. (uvicorn takes X-Forwarded-For
    # from 127.0.0.1; the throttle itself is tested in tests/e2e/test_gateway_perimeter.py.)
    n = next(_addresses)
    headers = dict(case.headers or {})
    headers["X-Forwarded-For"] = f"127.{200 + n // 65536 % 50}.{n // 256 % 256}.{n % 256}"
    case.headers = headers


_addresses = itertools.count(1)


@schemathesis.hook
def filter_failure(ctx, failure, case, response) -> bool:
    return not is_documented_answer(failure, case, response)


def fuzz_command(url: str, key: str, *, examples: int, junit: Path) -> list[str]:
    """The schemathesis command line (also what `make fuzz` runs, with more examples)."""
    return [
        *(sys.executable, "-m", "schemathesis.cli", "run", url),
        *("--checks", "all", "--seed", str(SEED), "--max-examples", str(examples)),
        *("--header", f"X-API-Key: {key}", "--workers", WORKERS, "--generation-database", "none"),
        *("--request-timeout", "30", "--no-color", "--report", "junit", "--report-junit-path", str(junit)),
    ]


def failures_of(junit: Path) -> list[str]:
    """Every failure in the JUnit report as `operation: text`."""
    tree = ElementTree.parse(junit)
    out = []
    for case in tree.iter("testcase"):
        for f in [*case.findall("failure"), *case.findall("error")]:
            out.append(f"{case.get('name')}: [{f.get('message')}]\n{(f.text or '').strip()}")
    return out


def wait_for_document(url: str, key: str, timeout: float = 60) -> None:
    """Until the merged document holds every service's operations (it grows as they answer)."""
    deadline, last = time.monotonic() + timeout, -1
    while time.monotonic() < deadline:
        paths = len(httpx.get(url, headers={"X-API-Key": key}, timeout=30).json().get("paths", {}))
        if paths > 1 and paths == last:
            return
        last = paths
        time.sleep(2)
    raise AssertionError(f"{url} did not settle within {timeout}s ({last} paths)")


def test_schemathesis_finds_nothing_with_every_check(stack: Stack, tmp_path: Path) -> None:
    junit = tmp_path / "schemathesis.xml"
    url = f"http://127.0.0.1:{stack.gateway_port}/openapi.json"
    wait_for_document(url, stack.admin_api_key)
    env = {**os.environ, "SCHEMATHESIS_HOOKS": __name__}
    cmd = fuzz_command(url, stack.admin_api_key, examples=EXAMPLES, junit=junit)
    before = webhook_endpoint_ids(stack)
    try:
        run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900 if EXAMPLES <= 3 else None)
    finally:
        # the fuzz subscribes endpoints to `iuc.*` at hosts that do not exist: the session's later
        # tests would have each of their events tried there
        delete_webhook_endpoints(stack, webhook_endpoint_ids(stack) - before)
    assert junit.exists(), f"schemathesis did not run:\n{run.stdout[-4000:]}\n{run.stderr[-4000:]}"
    found = failures_of(junit)
    summary = run.stdout[run.stdout.rfind("SUMMARY") :][:3000]
    if found:  # the whole report, readable, not an assertion diff
        pytest.fail(
            f"schemathesis (seed {SEED}, {EXAMPLES} examples per operation) found {len(found)} failure(s):\n\n"
            + "\n\n".join(found[:60])
            + f"\n\n{summary}",
            pytrace=False,
        )
    assert run.returncode == 0, f"schemathesis exited {run.returncode}:\n{summary}\n{run.stderr[-3000:]}"
    # A fuzz answered 429 tests the throttle, not the operations (see before_call).
    assert "Rate limited" not in summary, f"the gateway throttled the fuzz:\n{summary}"


if __name__ == "__main__":  # `make fuzz`: python -m tests.e2e.test_platform_contract_fuzz URL KEY [EXAMPLES]
    target, api_key = sys.argv[1], sys.argv[2]
    report = Path(os.environ.get("IUC_FUZZ_REPORT", "schemathesis-report.xml"))
    command = fuzz_command(target, api_key, examples=int(sys.argv[3]) if len(sys.argv) > 3 else 50, junit=report)
    code = subprocess.call(command, cwd=ROOT, env={**os.environ, "SCHEMATHESIS_HOOKS": "tests.e2e.test_platform_contract_fuzz"})
    print(json.dumps({"failures": len(failures_of(report)) if report.exists() else None, "report": str(report)}))
    sys.exit(code)


# The contract (HTTP, docs pages, SDK, CLI) does not depend on the database: these run once, in
# `make test`; `make test-postgres` leaves them out (`-m "not contract"`), `make test-contract-postgres` runs them there.
pytestmark = pytest.mark.contract
