"""compose.yaml: each application, its migration and relay, NATS and Postgres."""

from __future__ import annotations

import copy
import functools
import re
from urllib.parse import urlsplit

import pytest

from shared.catalog import GATEWAY_PORT, SERVICES
from shared.relay import POOL_SIZE as RELAY_POOL_SIZE
from tests.unit.deploy.deploysupport import (
    APP_PATHS,
    APPS,
    COMPOSE,
    NATS_CLIENT_PORT,
    POOL_MAX,
    db_var,
    flag_value,
    k8s_name,
    load_docs,
    relay_argv,
    run_relay_var,
)


def interpolate(value: str) -> str:
    """Compose's ${VAR:-default} / ${VAR:?error} / ${VAR}, with no variable set."""
    return re.sub(r"\$\{\w+(?::?-([^}]*)|:?\?[^}]*)?\}", lambda m: m.group(1) or "set", value)


@functools.cache
def _compose() -> dict:
    return load_docs(COMPOSE)[0]


def compose() -> dict:
    return copy.deepcopy(_compose())


def compose_env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: interpolate(str(v)) for k, v in env.items()}


def compose_command(service: dict) -> list[str]:
    cmd = service.get("command") or []
    return cmd.split() if isinstance(cmd, str) else [str(x) for x in cmd]


def compose_databases(doc: dict) -> set[str]:
    pg = doc["services"]["postgres"]
    names = {compose_env(pg).get("POSTGRES_DB", "postgres")}
    for ref in pg.get("configs") or []:
        content = doc["configs"][ref["source"]]["content"]
        names |= set(re.findall(r"CREATE DATABASE\s+\"?(\w+)", content, re.IGNORECASE))
    return names


@pytest.mark.parametrize("name", list(APPS))
def test_compose_runs_each_application(name: str) -> None:
    doc = compose()
    services = doc["services"]
    assert k8s_name(name) in services, f"compose.yaml has no service {k8s_name(name)}"
    svc, port = services[k8s_name(name)], APPS[name]
    argv = compose_command(svc)
    assert argv[:2] == ["uvicorn", APP_PATHS[name]]
    assert flag_value(argv, "--port") == str(port) and flag_value(argv, "--host") == "0.0.0.0"

    env = compose_env(svc)
    nats = urlsplit(env["IUC_NATS_URL"])
    assert nats.scheme == "nats" and nats.hostname in services and nats.port == NATS_CLIENT_PORT
    assert len(env["IUC_IDENTITY_SECRET"]) > 0
    db = urlsplit(env[db_var(name)])
    assert db.scheme == "postgresql+asyncpg" and db.hostname == "postgres"
    assert db.path.lstrip("/") in compose_databases(doc), f"database of {name} is never created"

    migrate = services[f"migrate-{k8s_name(name)}"]
    assert compose_command(migrate) == ["python", "-m", "shared.migrate", name, "upgrade"]
    assert compose_env(migrate)[db_var(name)] == env[db_var(name)]
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert svc["depends_on"][f"migrate-{k8s_name(name)}"]["condition"] == "service_completed_successfully"

    health = " ".join(svc["healthcheck"]["test"])
    assert f":{port}/" in health and ("/readyz" in health or "/healthz" in health)
    if name == "gateway":
        for entry in SERVICES:
            assert env[entry.url_env] == f"http://{k8s_name(entry.name)}:{entry.port}"
            assert svc["depends_on"][k8s_name(entry.name)]["condition"] == "service_healthy"
        assert any(str(p).endswith(f"{GATEWAY_PORT}:{GATEWAY_PORT}") for p in svc["ports"])
    else:
        assert "/readyz" in health
        assert svc["depends_on"]["nats"]["condition"] == "service_healthy"


def test_compose_nats_has_jetstream_on_a_volume() -> None:
    nats = compose()["services"]["nats"]
    argv = compose_command(nats)
    assert "--jetstream" in argv or "-js" in argv
    store = flag_value(argv, "--store_dir") or flag_value(argv, "-sd")
    assert store and any(str(v).split(":")[1] == store for v in nats["volumes"])
    assert "healthcheck" in nats and "healthcheck" in compose()["services"]["postgres"]


@pytest.mark.parametrize("name", [entry.name for entry in SERVICES])
def test_compose_runs_each_relay_apart(name: str) -> None:
    services = compose()["services"]
    app = services[k8s_name(name)]
    assert compose_env(app)[run_relay_var(name)] == "false", "the service would run its own relay too"
    relay = services.get(f"{k8s_name(name)}-relay")
    assert relay is not None, f"compose.yaml has no service {k8s_name(name)}-relay"
    assert compose_command(relay) == relay_argv(name)
    assert relay["image"] == app["image"] and relay.get("restart") == app.get("restart")
    env = compose_env(relay)
    assert env[db_var(name)] == compose_env(app)[db_var(name)]
    assert env["IUC_NATS_URL"] == compose_env(app)["IUC_NATS_URL"]
    assert relay["depends_on"][f"migrate-{k8s_name(name)}"]["condition"] == "service_completed_successfully"
    assert relay["depends_on"]["nats"]["condition"] == "service_healthy"
    assert not relay.get("ports") and not relay.get("expose"), "the relay serves no HTTP"


def test_compose_postgres_max_connections_covers_every_pool() -> None:
    # One container of each application and of each relay (the migrations are done before
    # they start); `postgres -c max_connections=N`, 100 if unset.
    services = compose()["services"]
    argv = compose_command(services["postgres"])
    settings = dict(arg.split("=", 1) for arg in argv if "=" in arg)
    commands = [compose_command(s) for s in services.values()]
    apps = sum(1 for c in commands if c[:1] == ["uvicorn"])
    relays = sum(1 for c in commands if c[:3] == ["python", "-m", "shared.relay"])
    assert (apps, relays) == (len(APPS), len(SERVICES))
    assert int(settings.get("max_connections", 100)) >= apps * POOL_MAX + relays * RELAY_POOL_SIZE


def test_compose_has_nothing_outside_the_catalog() -> None:
    expected = (
        {"nats", "postgres"}
        | {k8s_name(n) for n in APPS}
        | {f"migrate-{k8s_name(n)}" for n in APPS}
        | {f"{k8s_name(entry.name)}-relay" for entry in SERVICES}
    )
    assert set(compose()["services"]) == expected
