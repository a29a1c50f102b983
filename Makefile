# The two commands a newcomer needs: `make run` and `make test`. Both install first, from the
# lock files (requirements/*.lock, hashed; `make lock` refreshes them from pyproject.toml).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test test-postgres test-contract-postgres trials bench lint lock sdk fuzz browser promtool dashboard clean

$(STAMP): pyproject.toml requirements/test.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements/test.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP) dashboard

run: $(STAMP) dashboard
	$(PY) -m deploy.run

test: $(STAMP) browser promtool dashboard
	$(PY) -m pytest -m "not trial"

# The same suite against PostgreSQL (each test creates its own database). The contract tests
# (tests marked `contract`: the OpenAPI document, fuzzing, docs pages, SDK, CLI) test HTTP, not
# the database, and run once, in `make test`; test-contract-postgres runs them here too. Tests whose
# outcome does not depend on the database (marked `dbfree`: unit tests that open none, by
# tests/conftest.py, and modules such as the authorisation matrix and the NATS perimeter) run once too.
PG_URL = $${IUC_TEST_POSTGRES_URL:-postgresql+asyncpg://postgres@127.0.0.1:5432/postgres}
test-postgres: $(STAMP) browser promtool dashboard
	IUC_TEST_POSTGRES_URL=$(PG_URL) $(PY) -m pytest -m "not contract and not trial and not dbfree"

test-contract-postgres: $(STAMP) browser dashboard
	IUC_TEST_POSTGRES_URL=$(PG_URL) $(PY) -m pytest -m contract

# The long fault and scale-out trials (marked `trial`): bounded and self-stopping, but too long for CI.
trials: $(STAMP)
	$(PY) -m pytest -m trial

bench: $(STAMP)
	$(PY) tests/perf/bench_gateway.py --record
	$(PY) tests/perf/bench_city_import.py --record
	$(PY) tests/perf/bench_pairing.py --record
	$(PY) tests/perf/bench_covenant.py --record
	$(PY) tests/perf/bench_covenant.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record
	$(PY) tests/perf/bench_knowledge.py --record
	$(PY) tests/perf/bench_knowledge.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record
	$(PY) tests/perf/bench_writes.py --record
	$(PY) tests/perf/bench_webhooks.py --record
	$(PY) tests/perf/bench_webhooks.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record
	$(PY) tests/perf/bench_writes.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record
	$(PY) tests/perf/bench_lists.py --record
	$(PY) tests/perf/bench_lists.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record
	$(PY) tests/perf/bench_insights_summary.py --record
	$(PY) tests/perf/bench_insights_summary.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

# Re-resolve the locks from pyproject.toml: the whole test set first, then the runtime lock
# held to the test lock's pins, so the two never disagree on a version (decision 0015).
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --no-header --quiet
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	test -x $(VENV)/bin/uv || $(PY) -m pip install --quiet "$$(grep -o 'uv==[0-9.]*' pyproject.toml)"
	$(VENV)/bin/uv pip compile pyproject.toml --extra test $(LOCK_FLAGS) -o requirements/test.lock
	$(VENV)/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) --constraint requirements/test.lock -o requirements/runtime.lock

# The long contract fuzz: schemathesis with every check, 100 examples per operation (CI runs 3).
fuzz: $(STAMP)
	IUC_FUZZ_EXAMPLES=$${IUC_FUZZ_EXAMPLES:-100} $(PY) -m pytest -q tests/e2e/test_platform_contract_fuzz.py

# The dashboard page's third-party files (Apache ECharts, world-atlas outlines) come from the npm
# registry at build time into gateway/dashboard/static/vendor/ (git-ignored); rebuilt only when
# missing or when gateway/dashboard/package-lock.json changed. Node.js and npm from Debian if missing.
dashboard: $(STAMP)
	@command -v npm >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q nodejs npm; }
	$(PY) -m gateway.dashboard.build --if-stale

# The browser tests drive Debian's chromium (a browser a test tool downloads does not run here).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium; }

# The alert rules' check (tests/unit/deploy/test_deploy_prometheus.py) runs Debian's promtool.
promtool:
	@test -x /usr/bin/promtool || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q prometheus; }

# Regenerate the SDK (sdk/iuc_client) from the merged contract; a test fails when it is stale.
sdk: $(STAMP)
	$(PY) sdk/generate.py --strict

clean:
	rm -rf var .pytest_cache
