# The two commands a newcomer needs: `make run` and `make test`. Both install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test test-postgres bench lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) -m deploy.run

test: $(STAMP)
	$(PY) -m pytest

# The same suite against PostgreSQL (each test creates its own database).
test-postgres: $(STAMP)
	IUC_TEST_POSTGRES_URL=$${IUC_TEST_POSTGRES_URL:-postgresql+asyncpg://postgres@127.0.0.1:5432/postgres} $(PY) -m pytest

bench: $(STAMP)
	$(PY) tests/perf/bench_gateway.py --record
	$(PY) tests/perf/bench_city_import.py --record
	$(PY) tests/perf/bench_pairing.py --record
	$(PY) tests/perf/bench_covenant.py --record
	$(PY) tests/perf/bench_covenant.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record
	$(PY) tests/perf/bench_knowledge.py --record
	$(PY) tests/perf/bench_knowledge.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record
	$(PY) tests/perf/bench_writes.py --record
	$(PY) tests/perf/bench_writes.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record
	$(PY) tests/perf/bench_lists.py --record
	$(PY) tests/perf/bench_lists.py --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/postgres --record

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

clean:
	rm -rf var .pytest_cache
