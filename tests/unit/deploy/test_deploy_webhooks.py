"""What the webhooks service needs beyond the shape every service shares: egress to partners'
endpoints (and to nothing private), the gateway's key-status route, https in production, and
private targets allowed only on one machine (`make run`, the e2e stack)."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from deploy.run import stack_from_environment
from deploy.stack import Stack
from shared.catalog import GATEWAY_PORT, service_named
from tests.unit.deploy.deploysupport import (
    APPS,
    NATS_CLIENT_PORT,
    PG_CLUSTER,
    base_docs,
    container,
    env_map,
    find,
    k8s_name,
    of_kind,
    selects,
)
from tests.unit.deploy.test_deploy_compose import compose, compose_env
from tests.unit.deploy.test_deploy_schemas import production_docs

WEBHOOKS = service_named("webhooks")
PART_OF = {"app.kubernetes.io/part-of": "iuc-platform"}  # kustomize adds it to every pod template
PRIVATE = "IUC_WEBHOOKS_ALLOW_PRIVATE_TARGETS"
GATEWAY_URL = "IUC_WEBHOOKS_GATEWAY_URL"


def pod_labels(docs: list[dict], name: str) -> dict[str, str]:
    return find(docs, "Deployment", k8s_name(name))["spec"]["template"]["metadata"]["labels"] | PART_OF


def egress_policy(docs: list[dict]) -> dict:
    [policy] = [
        p
        for p in of_kind(docs, "NetworkPolicy")
        if "Egress" in p["spec"]["policyTypes"] and selects(p["spec"]["podSelector"]["matchLabels"], pod_labels(docs, "webhooks"))
    ]
    return policy


def reaches_address(policy: dict, ip: str, port: int) -> bool:
    """Whether an egress rule lets the pods open TCP to `ip`:`port` (ipBlock peers only)."""
    address = ipaddress.ip_address(ip)
    for rule in policy["spec"]["egress"]:
        if port not in {p["port"] for p in rule.get("ports") or [] if p.get("protocol", "TCP") == "TCP"}:
            continue
        for peer in rule["to"]:
            block = peer.get("ipBlock")
            if not block or address.version != ipaddress.ip_network(block["cidr"]).version:
                continue
            if address in ipaddress.ip_network(block["cidr"]) and not any(
                address in ipaddress.ip_network(cut) for cut in block.get("except") or []
            ):
                return True
    return False


def pod_peers(policy: dict) -> list[tuple[dict, set[int]]]:
    """Each in-cluster peer of the egress rules with the ports it is allowed on."""
    return [
        (peer, {p["port"] for p in rule["ports"]})
        for rule in policy["spec"]["egress"]
        for peer in rule["to"]
        if "ipBlock" not in peer
    ]


PUBLIC = ["93.184.215.14", "2606:4700:4700::1111"]
FORBIDDEN = [
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "100.64.0.1",  # CGNAT
    "127.0.0.1",
    "169.254.169.254",  # cloud metadata
    "0.0.0.0",
    "fd00:ec2::254",  # AWS metadata over IPv6
    "fe80::1",
    "::1",
]


@pytest.mark.parametrize("ip", PUBLIC)
def test_webhooks_pods_reach_the_internet_on_the_web_ports_only(ip: str) -> None:
    policy = egress_policy(base_docs())
    assert policy["spec"]["policyTypes"] == ["Egress"], "ingress stays as for every service (the gateway, Prometheus)"
    assert reaches_address(policy, ip, 443) and reaches_address(policy, ip, 80)
    for port in (22, 25, 5432, 4222, 8000, 8080):
        assert not reaches_address(policy, ip, port), port


@pytest.mark.parametrize("ip", FORBIDDEN)
def test_webhooks_pods_reach_no_private_loopback_or_metadata_address(ip: str) -> None:
    policy = egress_policy(base_docs())
    for port in (80, 443):
        assert not reaches_address(policy, ip, port), (ip, port)


def test_webhooks_pods_reach_in_the_cluster_only_the_gateway_nats_postgres_and_dns() -> None:
    docs = base_docs()
    policy = egress_policy(docs)
    gateway_port = next(
        p["containerPort"] for p in container(find(docs, "Deployment", "gateway")["spec"]["template"]["spec"], "app")["ports"]
    )
    nats = find(docs, "StatefulSet", "nats")["spec"]["template"]["metadata"]["labels"]
    allowed: dict[str, set[int]] = {}
    for peer, ports in pod_peers(policy):
        selector = peer["podSelector"]["matchLabels"]
        if "namespaceSelector" in peer:
            assert peer["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "kube-system"}
            assert selector == {"k8s-app": "kube-dns"}
            allowed["dns"] = ports
        elif selects(selector, pod_labels(docs, "gateway")):
            allowed["gateway"] = ports
        elif selects(selector, nats):
            allowed["nats"] = ports
        elif selector == {"cnpg.io/cluster": PG_CLUSTER}:
            allowed["postgres"] = ports
        else:
            pytest.fail(f"an egress peer that is none of the gateway, NATS, PostgreSQL, DNS: {peer}")
        # No peer also matches another platform Deployment's pods (a selector too wide).
        for name in set(APPS) - {"gateway"}:
            assert not selects(selector, pod_labels(docs, name)), (peer, name)
    assert allowed == {"gateway": {gateway_port}, "nats": {NATS_CLIENT_PORT}, "postgres": {5432}, "dns": {53}}


def test_the_gateway_admits_the_webhooks_pods_and_no_other_service() -> None:
    docs = base_docs()
    policy = find(docs, "NetworkPolicy", "gateway")
    assert selects(policy["spec"]["podSelector"]["matchLabels"], pod_labels(docs, "gateway"))

    def admitted(labels: dict[str, str]) -> set[int]:
        return {
            p["port"]
            for rule in policy["spec"]["ingress"]
            for peer in rule["from"]
            if "namespaceSelector" not in peer and selects(peer["podSelector"]["matchLabels"], labels)
            for p in rule["ports"]
        }

    assert admitted(pod_labels(docs, "webhooks")) == {GATEWAY_PORT}
    for name in set(APPS) - {"webhooks"}:
        assert admitted(pod_labels(docs, name)) == set(), name


def test_kubernetes_points_webhooks_at_the_gateway_and_refuses_private_targets() -> None:
    docs = base_docs()
    app = env_map(container(find(docs, "Deployment", "webhooks")["spec"]["template"]["spec"], "app"))
    url = urlsplit(app[GATEWAY_URL]["value"])
    svc = find(docs, "Service", url.hostname)
    assert svc is not None and selects(svc["spec"]["selector"], pod_labels(docs, "gateway"))
    assert url.port in {p["port"] for p in svc["spec"]["ports"]}
    assert app[PRIVATE]["value"] == "false"
    assert app.get("IUC_WEBHOOKS_REQUIRE_HTTPS", {}).get("value") != "true", "the base is not production"


def test_production_wants_https_endpoints() -> None:
    docs = production_docs()
    pod = find(docs, "Deployment", "webhooks")["spec"]["template"]["spec"]
    app = env_map(container(pod, "app"))
    assert app["IUC_WEBHOOKS_REQUIRE_HTTPS"]["value"] == "true"
    assert app[PRIVATE]["value"] == "false"
    # The patch merged into the base's container, it did not replace its settings.
    assert app["IUC_WEBHOOKS_DATABASE_URL"]["valueFrom"]["secretKeyRef"]["name"] == "iuc-db-webhooks"


def test_compose_points_webhooks_at_the_gateway_and_refuses_private_targets_by_default() -> None:
    services = compose()["services"]
    env = compose_env(services[k8s_name(WEBHOOKS.name)])
    url = urlsplit(env[GATEWAY_URL])
    assert url.hostname == "gateway" and url.port == GATEWAY_PORT
    assert "gateway" in services
    assert env[PRIVATE] == "false"


def test_the_stack_lets_webhooks_reach_local_receivers_and_its_own_gateway(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(PRIVATE, raising=False)
    monkeypatch.setenv(GATEWAY_URL, "http://elsewhere.example:9")  # a stale shell variable loses
    env = Stack(var_dir=tmp_path, gateway_port=18123).env()
    assert env[PRIVATE] == "true"
    assert env[GATEWAY_URL] == "http://127.0.0.1:18123"
    # A test that wants the refusal says so.
    assert Stack(var_dir=tmp_path, extra_env={PRIVATE: "false"}).env()[PRIVATE] == "false"


def test_make_run_lets_webhooks_reach_local_receivers(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(PRIVATE, raising=False)
    stack = stack_from_environment({"IUC_GATEWAY_PORT": "18124"}, var_dir=tmp_path)
    env = stack.env()
    assert env[PRIVATE] == "true" and env[GATEWAY_URL] == "http://127.0.0.1:18124"
    assert stack_from_environment({PRIVATE: "false"}, var_dir=tmp_path).env()[PRIVATE] == "false"
