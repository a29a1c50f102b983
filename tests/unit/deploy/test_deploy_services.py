"""The base's Deployments, Services and folders against the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.catalog import SERVICES
from tests.unit.deploy.deploychecks import app_problems
from tests.unit.deploy.deploysupport import (
    APPS,
    BASE,
    DNS_1123_LABEL,
    base_docs,
    config_literals,
    k8s_name,
    kustomization,
    of_kind,
)


@pytest.mark.parametrize("name", list(APPS))
def test_application_manifests_match_the_catalog(name: str) -> None:
    assert app_problems(base_docs(), config_literals(), name, APPS[name]) == []


def test_kubernetes_names_are_dns_labels() -> None:
    for name in APPS:
        assert DNS_1123_LABEL.fullmatch(k8s_name(name)) and len(k8s_name(name)) <= 63, name
    assert k8s_name("action_plans") == "action-plans"


def test_no_deployment_outside_the_catalog() -> None:
    # A service removed from the catalogue must not keep running from a stale folder.
    assert {d["metadata"]["name"] for d in of_kind(base_docs(), "Deployment")} == {k8s_name(n) for n in APPS}


def test_each_service_folder_is_a_catalog_service() -> None:
    folders = {p.name for p in (BASE / "services").iterdir() if p.is_dir()}
    assert folders == {k8s_name(entry.name) for entry in SERVICES}
    listed = {Path(r).name for r in kustomization(BASE)["resources"] if r.startswith("services/")}
    assert listed == folders
