"""The production overlay: its targets exist in the base; built with kubectl's kustomize when installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.unit.deploy.deploysupport import (
    APPS,
    BASE,
    CONFIG_MAP,
    IMAGE,
    PRODUCTION,
    base_docs,
    find,
    k8s_name,
    kustomization,
    load_docs,
    of_kind,
)


def test_production_overlay_targets_exist_in_base() -> None:
    k = kustomization(PRODUCTION)
    docs = base_docs()
    assert "../../base" in k["resources"]
    deployments = {d["metadata"]["name"] for d in of_kind(docs, "Deployment")}
    assert {r["name"] for r in k["replicas"]} <= deployments
    assert all(r["count"] >= 2 for r in k["replicas"])
    assert [i["name"] for i in k["images"]] == [IMAGE] and k["images"][0].get("newTag")
    for patch in k["patches"]:
        for doc in load_docs(PRODUCTION / patch["path"]):
            target = find(docs, doc["kind"], doc["metadata"]["name"])
            assert target is not None, f"{patch['path']} patches {doc['kind']}/{doc['metadata']['name']}, not in base"


KUBECTL = shutil.which("kubectl")


def kustomize_build(folder: Path) -> list[dict]:
    out = subprocess.run([KUBECTL, "kustomize", str(folder)], capture_output=True, text=True, timeout=120, check=True)
    return [doc for doc in yaml.safe_load_all(out.stdout) if doc]


@pytest.mark.skipif(KUBECTL is None, reason="kubectl (with its embedded kustomize) is not installed")
def test_kustomize_builds_base_and_production() -> None:
    assert {d["metadata"]["name"] for d in of_kind(kustomize_build(BASE), "Deployment")} == {k8s_name(n) for n in APPS}
    docs = kustomize_build(PRODUCTION)
    k = kustomization(PRODUCTION)
    image = f"{k['images'][0]['newName']}:{k['images'][0]['newTag']}"
    counts = {r["name"]: r["count"] for r in k["replicas"]}
    for dep in of_kind(docs, "Deployment"):
        pod = dep["spec"]["template"]["spec"]
        assert {c["image"] for c in pod["containers"] + pod.get("initContainers", [])} == {image}
        assert dep["spec"]["replicas"] == counts.get(dep["metadata"]["name"], 2)
        # The generated ConfigMap's hashed name is what the pods' containers (app, relay) read.
        for c in pod["containers"]:
            ref = c["envFrom"][0]["configMapRef"]["name"]
            assert ref.startswith(CONFIG_MAP + "-") and find(docs, "ConfigMap", ref) is not None
    assert all(d["metadata"].get("namespace") == k["namespace"] for d in docs if d["kind"] != "Namespace")
