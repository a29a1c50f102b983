"""TLS as decision 0016 documents it for PostgreSQL: `?ssl=<mode>` on a service's database URL
is what asyncpg gets (NATS TLS is tested against a real server in tests/integration/kit)."""

from __future__ import annotations

import pytest

from shared.db import make_engine


@pytest.mark.parametrize("mode", ["require", "verify-ca", "verify-full"])
def test_the_database_url_carries_the_tls_mode_to_asyncpg(mode: str) -> None:
    engine = make_engine(f"postgresql+asyncpg://applications:pw@iuc-postgres-rw:5432/applications?ssl={mode}")
    _, kwargs = engine.dialect.create_connect_args(engine.url)
    assert kwargs["ssl"] == mode
    assert (kwargs["host"], kwargs["database"], kwargs["user"]) == ("iuc-postgres-rw", "applications", "applications")
