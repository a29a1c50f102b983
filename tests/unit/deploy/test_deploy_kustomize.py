"""Every YAML file under deploy/ parses; every kustomization reference exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.deploy.deploysupport import (
    DEPLOY,
    K8S,
    kustomization,
    load_docs,
)


def yaml_files() -> list[Path]:
    return sorted(p for ext in ("*.yaml", "*.yml") for p in DEPLOY.rglob(ext))


def test_every_yaml_file_parses() -> None:
    files = yaml_files()
    names = {p.relative_to(DEPLOY).as_posix() for p in files}
    assert {"compose.yaml", "k8s/base/kustomization.yaml", "k8s/overlays/production/kustomization.yaml"} <= names
    for path in files:
        docs = load_docs(path)  # raises on a syntax error
        assert docs, f"{path} is empty"
        for doc in docs:
            assert isinstance(doc, dict), f"{path}: a document that is not a mapping"


def kustomization_dirs() -> list[Path]:
    return sorted(p.parent for p in K8S.rglob("kustomization.yaml"))


@pytest.mark.parametrize("folder", kustomization_dirs(), ids=lambda p: p.relative_to(K8S).as_posix())
def test_kustomization_references_exist(folder: Path) -> None:
    k = kustomization(folder)
    assert k.get("apiVersion") == "kustomize.config.k8s.io/v1beta1" and k.get("kind") == "Kustomization"
    referenced: set[Path] = set()
    for entry in k.get("resources") or []:
        target = (folder / entry).resolve()
        assert target.exists(), f"{folder}: resource {entry} does not exist"
        if target.is_dir():
            assert (target / "kustomization.yaml").is_file(), f"{folder}: {entry} has no kustomization.yaml"
        referenced.add(target)
    for patch in k.get("patches") or []:
        if "path" in patch:
            target = (folder / patch["path"]).resolve()
            assert target.is_file(), f"{folder}: patch {patch['path']} does not exist"
            referenced.add(target)
    for entry in k.get("patchesStrategicMerge") or []:
        target = (folder / entry).resolve()
        assert target.is_file(), f"{folder}: patch {entry} does not exist"
        referenced.add(target)
    # The other way round: a manifest left in the folder but listed nowhere is never applied.
    for path in folder.rglob("*.yaml"):
        owner = next(p for p in [path.parent, *path.parents] if (p / "kustomization.yaml").is_file())
        if owner == folder and path.name != "kustomization.yaml":
            assert path.resolve() in referenced, f"{path.relative_to(K8S)} is in no kustomization"
