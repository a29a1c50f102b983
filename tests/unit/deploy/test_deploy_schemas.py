"""The Kubernetes manifests against the Kubernetes API schemas, offline (kubernetes-validate ships
them, 1.25 to 1.37 in its release 1.37.0), and the CloudNativePG resources against a schema of
the fields we use.

What is validated is what `kubectl apply -k` would send: every document of the base (as
deploysupport loads it), the generated iuc-config ConfigMap, the production overlay (its own
resources, and the base with its patches merged the way kustomize merges these ones), and the
NATS Secrets `python -m shared.natsauth secrets` writes. Strict mode: an unknown or misspelt field
fails, as `kubectl apply --validate=strict` would refuse it.

The CloudNativePG CRDs are not shipped by any package here, and the upstream CRD is not vendored
(tests/unit/deploy/schemas/README.md says why): tests/unit/deploy/schemas/cnpg.json is our own
schema of the fields our Cluster and Database use, with the types and enums of the operator's
API reference; a field outside it fails, so using a new one means adding it there, checked
against the reference.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import kubernetes_validate
import pytest

from shared import natsauth
from tests.unit.deploy.deploysupport import (
    CONFIG_MAP,
    PRODUCTION,
    base_docs,
    config_literals,
    find,
    kustomization,
    load_docs,
)

# The oldest Kubernetes we keep the manifests valid for, and the newest schema shipped.
KUBERNETES_VERSIONS = ("1.31", kubernetes_validate.utils.latest_version())
CNPG_GROUP = "postgresql.cnpg.io/"
CNPG_SCHEMAS = json.loads((Path(__file__).parent / "schemas" / "cnpg.json").read_text())


def strategic_merge(base: dict, patch: dict) -> dict:
    """kustomize's strategic merge, as far as our patches need it: mappings merge, lists of
    named items (containers) merge by name, other lists are replaced."""
    out = copy.deepcopy(base)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = strategic_merge(out[key], value)
        elif (
            isinstance(value, list) and isinstance(out.get(key), list) and all(isinstance(v, dict) and "name" in v for v in value)
        ):
            merged = {item["name"]: item for item in out[key]}
            for item in value:
                merged[item["name"]] = strategic_merge(merged.get(item["name"], {}), item)
            out[key] = list(merged.values())
        else:
            out[key] = copy.deepcopy(value)
    return out


def production_docs() -> list[dict]:
    k = kustomization(PRODUCTION)
    docs = base_docs()
    for patch in k["patches"]:
        for p in load_docs(PRODUCTION / patch["path"]):
            target = find(docs, p["kind"], p["metadata"]["name"])
            docs[docs.index(target)] = strategic_merge(target, p)
    own = [doc for r in k["resources"] if not r.startswith("..") for doc in load_docs(PRODUCTION / r)]
    return own + docs


def generated_docs() -> list[dict]:
    """What the base's generator and the credentials command add."""
    config_map = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": CONFIG_MAP}, "data": config_literals()}
    users = natsauth.platform_users()
    secrets = json.loads("[" + natsauth.k8s_secrets(users, {u.name: "x" * 43 for u in users}).replace("\n---\n", ",") + "]")
    return [config_map, *secrets]


def all_docs() -> list[tuple[str, dict]]:
    """Each distinct document once (the overlay leaves most of the base as it is)."""
    docs = [("base", d) for d in base_docs()] + [("production", d) for d in production_docs()]
    seen: set[str] = set()
    out = []
    for where, doc in docs + [("generated", d) for d in generated_docs()]:
        key = json.dumps(doc, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append((where, doc))
    return out


def label(where: str, doc: dict) -> str:
    return f"{where}:{doc['kind']}/{doc['metadata']['name']}"


BUILT_IN = [(w, d) for w, d in all_docs() if not d["apiVersion"].startswith(CNPG_GROUP)]
CUSTOM = [(w, d) for w, d in all_docs() if d["apiVersion"].startswith(CNPG_GROUP)]


def test_every_kind_is_covered() -> None:
    kinds = {d["kind"] for _, d in BUILT_IN}
    assert {"Deployment", "StatefulSet", "Service", "ConfigMap", "Secret", "NetworkPolicy", "PodDisruptionBudget"} <= kinds
    assert {"Ingress", "Namespace"} <= kinds
    assert {d["kind"] for _, d in CUSTOM} == set(CNPG_SCHEMAS) - {"$comment"} == {"Cluster", "Database"}


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_built_in_kinds_match_the_kubernetes_schemas(version: str) -> None:
    failures = []
    for where, doc in BUILT_IN:
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            failures.append(f"{label(where, doc)}: {exc.message} at {'.'.join(map(str, exc.caught.absolute_path))}")
    assert not failures, "\n".join(failures)


def test_a_misspelt_field_fails_the_kubernetes_schema() -> None:
    deployment = next(d for _, d in BUILT_IN if d["kind"] == "Deployment")
    broken = copy.deepcopy(deployment)
    broken["spec"]["template"]["spec"]["containers"][0]["livenessProbes"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSIONS[-1], strict=True)
    broken = copy.deepcopy(deployment)
    broken["spec"]["replicas"] = "three"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSIONS[-1], strict=True)


def cnpg_validator(kind: str) -> jsonschema.protocols.Validator:
    schema = CNPG_SCHEMAS[kind]
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("where,doc", CUSTOM, ids=[label(w, d) for w, d in CUSTOM])
def test_cloudnativepg_resources_match_their_schema(where: str, doc: dict) -> None:
    errors = [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in cnpg_validator(doc["kind"]).iter_errors(doc)]
    assert not errors, "\n".join(errors)


def test_the_cloudnativepg_schema_catches_mistakes() -> None:
    cluster = next(d for w, d in CUSTOM if d["kind"] == "Cluster" and w == "base")
    validator = cnpg_validator("Cluster")
    for path, value in (
        (("spec", "primaryUpdateStrategy"), "whenever"),
        (("spec", "instances"), 0),
        (("spec", "instancess"), 3),
        (("spec", "postgresql", "parameters", "max_connections"), 900),  # parameters are strings
    ):
        broken = copy.deepcopy(cluster)
        node = broken
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        assert not validator.is_valid(broken), path
    broken = copy.deepcopy(cluster)
    del broken["spec"]["managed"]["roles"][0]["name"]
    assert not validator.is_valid(broken)
