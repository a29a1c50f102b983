"""NATS on Kubernetes refuses strangers: an authorization block from a Secret, one Secret per
process identity (shared/natsauth.py), NetworkPolicies around NATS and PostgreSQL, and no
Server banner on any uvicorn; compose reads one identity's credentials into each container."""

from __future__ import annotations

import json
from pathlib import Path

from shared import natsauth
from shared.catalog import SERVICES
from tests.unit.deploy.deploysupport import (
    COMPOSE,
    DOCKERFILE,
    NATS_CLIENT_PORT,
    ROOT,
    base_docs,
    command_line,
    container,
    env_map,
    find,
    flag_value,
    k8s_name,
    of_kind,
    selects,
)
from tests.unit.deploy.test_deploy_compose import compose, compose_command
from tests.unit.deploy.test_deploy_nats import nats_conf


def secret_ref(c: dict, var: str) -> tuple[str, str] | None:
    ref = ((env_map(c).get(var) or {}).get("valueFrom") or {}).get("secretKeyRef")
    return (ref["name"], ref["key"]) if ref else None


def generated_secrets(tmp_path: Path) -> dict[str, dict]:
    users = natsauth.platform_users()
    text = natsauth.k8s_secrets(users, natsauth.load_credentials(tmp_path / "c.json", users))
    return {d["metadata"]["name"]: d for d in map(json.loads, text.split("\n---\n"))}


def test_every_service_and_relay_connects_with_its_own_secret(tmp_path: Path) -> None:
    secrets = generated_secrets(tmp_path)
    docs = base_docs()
    for entry in SERVICES:
        pod = find(docs, "Deployment", k8s_name(entry.name))["spec"]["template"]["spec"]
        for name, user in (("app", entry.name), ("relay", natsauth.relay_user(entry.name))):
            c = container(pod, name)
            secret = f"iuc-nats-{k8s_name(user)}"
            assert secret_ref(c, "IUC_NATS_USER") == (secret, "username"), (entry.name, name)
            assert secret_ref(c, "IUC_NATS_PASSWORD") == (secret, "password"), (entry.name, name)
            # The Secret `python -m shared.natsauth secrets` makes carries that very user.
            assert secrets[secret]["stringData"]["username"] == user
    gateway = container(find(docs, "Deployment", "gateway")["spec"]["template"]["spec"], "app")
    assert secret_ref(gateway, "IUC_NATS_PASSWORD") is None, "the gateway does not talk to NATS"


def test_the_nats_config_takes_its_users_from_a_secret_and_refuses_anonymous_clients() -> None:
    docs = base_docs()
    sts = find(docs, "StatefulSet", "nats")
    conf = nats_conf(docs, sts)
    settings = "\n".join(ln.split("#", 1)[0] for ln in conf.splitlines())
    assert "no_auth_user" not in settings and "password" not in settings and "authorization" not in settings
    [include] = [ln.split()[1].strip('"') for ln in conf.splitlines() if ln.strip().startswith("include ")]
    pod = sts["spec"]["template"]["spec"]
    conf_dir = Path(flag_value(command_line(pod["containers"][0]), "--config")).parent
    auth_file = (conf_dir / include).resolve()
    mounts = {m["mountPath"]: m["name"] for m in pod["containers"][0]["volumeMounts"]}
    volume = next(v for v in pod["volumes"] if v["name"] == mounts[str(auth_file.parent)])
    assert volume["secret"]["secretName"] == "iuc-nats-auth"
    assert auth_file.name == "auth.conf"


def test_only_the_platforms_service_pods_reach_nats_and_only_nats_nodes_its_cluster_port() -> None:
    docs = base_docs()
    sts = find(docs, "StatefulSet", "nats")
    [policy] = [
        p
        for p in of_kind(docs, "NetworkPolicy")
        if selects(p["spec"]["podSelector"]["matchLabels"], sts["spec"]["template"]["metadata"]["labels"])
    ]
    assert policy["spec"]["policyTypes"] == ["Ingress"]
    allowed = {(r["ports"][0]["port"], json.dumps(r["from"], sort_keys=True)) for r in policy["spec"]["ingress"]}
    by_port = {port: json.loads(sources) for port, sources in allowed}
    assert set(by_port) == {NATS_CLIENT_PORT, 6222}
    [clients] = by_port[NATS_CLIENT_PORT]
    for entry in SERVICES:
        labels = find(docs, "Deployment", k8s_name(entry.name))["spec"]["template"]["metadata"]["labels"]
        # kustomize adds part-of to every pod template (base/kustomization.yaml labels).
        assert selects(clients["podSelector"]["matchLabels"], labels | {"app.kubernetes.io/part-of": "iuc-platform"})
    gateway = find(docs, "Deployment", "gateway")["spec"]["template"]["metadata"]["labels"]
    assert not selects(clients["podSelector"]["matchLabels"], gateway | {"app.kubernetes.io/part-of": "iuc-platform"})
    [peers] = by_port[6222]
    assert selects(peers["podSelector"]["matchLabels"], sts["spec"]["template"]["metadata"]["labels"])


def test_only_the_platforms_pods_reach_postgresql() -> None:
    docs = base_docs()
    policy = find(docs, "NetworkPolicy", "iuc-postgres")
    assert policy["spec"]["podSelector"]["matchLabels"] == {
        "cnpg.io/cluster": find(docs, "Cluster", "iuc-postgres")["metadata"]["name"]
    }
    [pg] = [r for r in policy["spec"]["ingress"] if r["ports"][0]["port"] == 5432]
    for name in [e.name for e in SERVICES] + ["gateway"]:
        labels = find(docs, "Deployment", k8s_name(name))["spec"]["template"]["metadata"]["labels"]
        labels = labels | {"app.kubernetes.io/part-of": "iuc-platform"}
        assert any(selects((s.get("podSelector") or {}).get("matchLabels") or {}, labels) for s in pg["from"]), name
    assert all("namespaceSelector" not in s for s in pg["from"]), "5432 is open to another namespace"


def test_no_uvicorn_sends_a_server_banner() -> None:
    docs = base_docs()
    for name in [e.name for e in SERVICES] + ["gateway"]:
        argv = command_line(container(find(docs, "Deployment", k8s_name(name))["spec"]["template"]["spec"], "app"))
        assert "--no-server-header" in argv, name
    cmd = DOCKERFILE.read_text().split("\nCMD ", 1)[1]
    assert "--no-server-header" in cmd, cmd


def test_compose_gives_each_container_its_own_identity_from_the_files_natsauth_writes(tmp_path: Path) -> None:
    services = compose()["services"]
    users = natsauth.platform_users()
    natsauth.write_compose_files(tmp_path, users, natsauth.load_credentials(tmp_path / "c.json", users))
    for entry in SERVICES:
        for block, user in (
            (k8s_name(entry.name), entry.name),
            (f"{k8s_name(entry.name)}-relay", natsauth.relay_user(entry.name)),
        ):
            env_file = services[block]["env_file"]
            assert (COMPOSE.parent / env_file).resolve() == (ROOT / "var" / "compose" / "nats" / f"{user}.env").resolve(), block
            written = dict(ln.split("=", 1) for ln in (tmp_path / f"{user}.env").read_text().splitlines())
            assert written["IUC_NATS_USER"] == user
    nats = services["nats"]
    conf = flag_value(compose_command(nats), "-c")
    mounted = {v.split(":")[1]: v.split(":")[0] for v in nats["volumes"]}
    assert (COMPOSE.parent / mounted[conf]).resolve() == (ROOT / "var" / "compose" / "nats" / "auth.conf").resolve()
    assert "authorization {" in (tmp_path / "auth.conf").read_text()
    assert "env_file" not in services["gateway"], "the gateway does not talk to NATS"
    for name in [k8s_name(e.name) for e in SERVICES] + ["gateway"]:
        assert "--no-server-header" in compose_command(services[name]), name


def test_the_gateway_and_its_migration_read_one_key_pepper_and_only_the_ingress_reaches_the_gateway() -> None:
    docs = base_docs()
    pod = find(docs, "Deployment", "gateway")["spec"]["template"]["spec"]
    refs = {secret_ref(container(pod, name, init=init), "IUC_KEY_PEPPER") for name, init in (("app", False), ("migrate", True))}
    assert refs == {("iuc-secrets", "key-pepper")}
    argv = command_line(container(pod, "app"))
    assert "--proxy-headers" in argv and flag_value(argv, "--forwarded-allow-ips") == "*"
    policy = find(docs, "NetworkPolicy", "gateway")
    labels = find(docs, "Deployment", "gateway")["spec"]["template"]["metadata"]["labels"]
    assert selects(policy["spec"]["podSelector"]["matchLabels"], labels)
    rules = policy["spec"]["ingress"]
    assert all([p["port"] for p in rule["ports"]] == [8000] for rule in rules)
    peers = [peer for rule in rules for peer in rule["from"]]
    # The ingress controller's namespace, and the webhooks pods (key status): no other pod.
    assert any("namespaceSelector" in peer for peer in peers)
    assert all("podSelector" not in peer for peer in peers if "namespaceSelector" in peer)
    in_cluster = [peer for peer in peers if "namespaceSelector" not in peer]
    assert in_cluster == [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "webhooks"}}}]
    for service in ("gateway", "migrate-gateway"):
        assert "IUC_KEY_PEPPER" in compose()["services"][service]["environment"]
