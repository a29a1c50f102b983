"""The checks of deploychecks.app_problems do catch mistakes: copies of the base broken on purpose."""

from __future__ import annotations

from shared.catalog import GATEWAY_PORT, SERVICES
from tests.unit.deploy.deploychecks import app_problems
from tests.unit.deploy.deploysupport import (
    APPS,
    base_docs,
    config_literals,
    container,
    db_var,
    find,
    k8s_name,
    relay_argv,
    run_relay_var,
)


def _app(docs: list[dict], name: str) -> dict:
    return container(find(docs, "Deployment", k8s_name(name))["spec"]["template"]["spec"], "app")


def test_checks_catch_a_wrong_port() -> None:
    name, port = next(iter(APPS.items()))
    docs = base_docs()
    _app(docs, name)["ports"][0]["containerPort"] = port + 1
    assert any("containerPort" in p for p in app_problems(docs, config_literals(), name, port))


def test_checks_catch_a_wrong_probe_and_a_missing_secret() -> None:
    name = SERVICES[0].name
    docs = base_docs()
    app = _app(docs, name)
    app["readinessProbe"]["httpGet"]["path"] = "/healthz"
    app["env"] = [e for e in app["env"] if e["name"] != db_var(name)]
    problems = app_problems(docs, config_literals(), name, APPS[name])
    assert any("readinessProbe" in p for p in problems)
    assert any(db_var(name) in p for p in problems)


def test_checks_catch_a_selector_mismatch_and_a_missing_gateway_route() -> None:
    docs = base_docs()
    find(docs, "Service", "gateway")["spec"]["selector"] = {"app.kubernetes.io/name": "gateway-old"}
    literals = {k: v for k, v in config_literals().items() if k != SERVICES[0].url_env}
    problems = app_problems(docs, literals, "gateway", GATEWAY_PORT)
    assert any("Service selector" in p for p in problems)
    assert any(SERVICES[0].url_env in p for p in problems)


def test_checks_catch_a_missing_service() -> None:
    docs = [d for d in base_docs() if not (d["kind"] == "Service" and d["metadata"]["name"] == k8s_name(SERVICES[0].name))]
    assert app_problems(docs, config_literals(), SERVICES[0].name, SERVICES[0].port) != []


def test_checks_catch_a_relay_of_the_wrong_service_and_a_missing_relay() -> None:
    name, other = SERVICES[0].name, SERVICES[1].name
    docs = base_docs()
    pod = find(docs, "Deployment", k8s_name(name))["spec"]["template"]["spec"]
    container(pod, "relay")["command"] = relay_argv(other)
    problems = app_problems(docs, config_literals(), name, APPS[name])
    assert any("relay container does not run" in p for p in problems)

    pod["containers"] = [c for c in pod["containers"] if c["name"] != "relay"]
    app = _app(docs, name)
    app["env"] = [e for e in app["env"] if e["name"] != run_relay_var(name)]
    problems = app_problems(docs, config_literals(), name, APPS[name])
    assert any("no relay container" in p for p in problems)
    assert any(run_relay_var(name) in p for p in problems)
