"""The generated iuc-config ConfigMap: where it points, and what it must not hold."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.unit.deploy.deploysupport import (
    NATS_CLIENT_PORT,
    base_docs,
    config_literals,
    find,
)


def test_config_points_at_nats_client_service() -> None:
    url = urlsplit(config_literals()["IUC_NATS_URL"])
    assert url.scheme == "nats" and url.port == NATS_CLIENT_PORT
    svc = find(base_docs(), "Service", url.hostname)
    assert svc is not None, f"no Service {url.hostname} for IUC_NATS_URL"
    assert NATS_CLIENT_PORT in [p["port"] for p in svc["spec"]["ports"]]
    assert svc["spec"].get("clusterIP") != "None"


def test_secrets_are_not_in_the_config_map() -> None:
    literals = config_literals()
    assert not {"IUC_IDENTITY_SECRET", "IUC_ADMIN_API_KEY"} & set(literals)
    assert not any(key.endswith("_DATABASE_URL") for key in literals)
