"""The NATS StatefulSet: a three-node JetStream cluster on persistent volumes."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.deploy.deploysupport import (
    base_docs,
    command_line,
    env_map,
    find,
    flag_value,
    selects,
)


def nats_conf(docs: list[dict], sts: dict) -> str:
    pod = sts["spec"]["template"]["spec"]
    argv = command_line(pod["containers"][0])
    conf_path = Path(flag_value(argv, "--config") or flag_value(argv, "-c") or "")
    mount = next(m for m in pod["containers"][0]["volumeMounts"] if Path(m["mountPath"]) == conf_path.parent)
    volume = next(v for v in pod["volumes"] if v["name"] == mount["name"])
    cm = find(docs, "ConfigMap", volume["configMap"]["name"])
    return cm["data"][conf_path.name]


def conf_block(conf: str, name: str) -> str:
    match = re.search(rf"^\s*{name}\s*\{{(.*?)^\s*\}}", conf, re.DOTALL | re.MULTILINE)
    assert match, f"no {name} {{...}} block in nats.conf"
    return match.group(1)


def test_nats_is_a_three_node_jetstream_cluster() -> None:
    docs = base_docs()
    sts = find(docs, "StatefulSet", "nats")
    assert sts is not None
    spec = sts["spec"]
    assert spec["replicas"] == 3
    headless = find(docs, "Service", spec["serviceName"])
    assert headless is not None and headless["spec"].get("clusterIP") == "None"
    assert selects(headless["spec"]["selector"], spec["template"]["metadata"]["labels"])

    conf = nats_conf(docs, sts)
    js = conf_block(conf, "jetstream")
    store = re.search(r"store_dir:\s*(\S+)", js)
    assert store, "JetStream has no file store_dir"
    claims = {t["metadata"]["name"] for t in spec.get("volumeClaimTemplates") or []}
    mounts = {m["mountPath"]: m["name"] for m in spec["template"]["spec"]["containers"][0]["volumeMounts"]}
    assert mounts.get(store.group(1)) in claims, "the JetStream store is not on a persistent volume"

    cluster = conf_block(conf, "cluster")
    routes = re.findall(r"nats://([\w.-]+):(\d+)", cluster)
    expected = {f"{sts['metadata']['name']}-{i}.{spec['serviceName']}" for i in range(3)}
    assert {host for host, _ in routes} == expected
    nats_ports = spec["template"]["spec"]["containers"][0]["ports"]
    cluster_port = next(p["containerPort"] for p in nats_ports if p["name"] == "cluster")
    assert {int(port) for _, port in routes} == {cluster_port}
    # JetStream in a cluster needs a distinct server_name per node.
    assert re.search(r"^\s*server_name:\s*\$POD_NAME", conf, re.MULTILINE)
    env = env_map(spec["template"]["spec"]["containers"][0])
    assert env["POD_NAME"]["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.name"
