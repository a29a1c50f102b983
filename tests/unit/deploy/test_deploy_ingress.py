"""The base's Ingress routes to the gateway's Service."""

from __future__ import annotations

from tests.unit.deploy.deploysupport import (
    base_docs,
    find,
    of_kind,
)


def test_ingress_reaches_the_gateway() -> None:
    ingresses = of_kind(base_docs(), "Ingress")
    assert len(ingresses) == 1
    backends = [path["backend"]["service"] for rule in ingresses[0]["spec"]["rules"] for path in rule["http"]["paths"]]
    assert backends and all(b["name"] == "gateway" for b in backends)
    svc = find(base_docs(), "Service", "gateway")
    names = {p.get("name") for p in svc["spec"]["ports"]} | {p["port"] for p in svc["spec"]["ports"]}
    for b in backends:
        assert b["port"].get("name", b["port"].get("number")) in names
