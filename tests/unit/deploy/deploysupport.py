"""Shared by the deploy/ tests: paths, names, and the loading and lookup of manifests.

The tests (tests/unit/deploy/test_deploy_*.py) check deploy/ offline: the Dockerfile,
compose.yaml and the Kustomize manifests. Nothing is applied or built: the files are
parsed with PyYAML and compared with `shared.catalog`, so a service added to the catalog
without its manifests (or with a port, a probe, an env var or a migration that disagrees
with the code) fails there. When `kubectl` is on the PATH, the base and the production
overlay are also built with its embedded kustomize (test_deploy_production.py).
"""

from __future__ import annotations

import copy
import functools
import re
from pathlib import Path

import yaml

from shared.catalog import GATEWAY_PORT, SERVICES
from shared.relay import POOL_SIZE as RELAY_POOL_SIZE

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
BASE = K8S / "base"
PRODUCTION = K8S / "overlays" / "production"
COMPOSE = DEPLOY / "compose.yaml"
DOCKERFILE = DEPLOY / "Dockerfile"

IMAGE = "iuc-platform"  # the image name the base uses; overlays rewrite it
CONFIG_MAP = "iuc-config"
SECRETS = "iuc-secrets"
PG_CLUSTER = "iuc-postgres"
NATS_CLIENT_PORT = 4222

# Every process that gets a Deployment: the catalogue's services and the gateway.
APPS: dict[str, int] = {entry.name: entry.port for entry in SERVICES} | {"gateway": GATEWAY_PORT}
APP_PATHS: dict[str, str] = {entry.name: entry.app_path for entry in SERVICES} | {"gateway": "gateway.app:app"}


def db_var(name: str) -> str:
    return f"IUC_{name.upper()}_DATABASE_URL"


def run_relay_var(name: str) -> str:
    """Set to "false" on a service whose outbox relay runs apart (shared/relay.py)."""
    return f"IUC_{name.upper()}_RUN_RELAY"


def relay_argv(name: str) -> list[str]:
    return ["python", "-m", "shared.relay", name]


def k8s_name(name: str) -> str:
    """The Kubernetes (and compose) name of a catalog name: DNS-1123 allows no "_".

    Deployment, Service, PDB, service folder and compose service are named so; the Python
    package, the migration argument, the env prefix, the database and its role keep `name`.
    """
    return name.replace("_", "-")


DNS_1123_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")
POOL_MAX = 20  # pool_size + max_overflow of shared.db.make_engine
# The connections each container of a Deployment's pod may hold.
CONTAINER_POOLS = {"app": POOL_MAX, "relay": RELAY_POOL_SIZE}


# --- loading --------------------------------------------------------------------------


def load_docs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [doc for doc in yaml.safe_load_all(f) if doc is not None]


def kustomization(folder: Path) -> dict:
    return load_docs(folder / "kustomization.yaml")[0]


def resource_files(folder: Path) -> list[Path]:
    """The manifest files a kustomization pulls in through `resources`, recursively."""
    files: list[Path] = []
    for entry in kustomization(folder).get("resources") or []:
        target = (folder / entry).resolve()
        if target.is_dir():
            files += resource_files(target)
        else:
            files.append(target)
    return files


@functools.cache
def _base_docs() -> tuple[dict, ...]:
    return tuple(doc for path in resource_files(BASE) for doc in load_docs(path))


def base_docs() -> list[dict]:
    """Every manifest of the base (before patches), a fresh copy each call."""
    return copy.deepcopy(list(_base_docs()))


def find(docs: list[dict], kind: str, name: str) -> dict | None:
    for doc in docs:
        if doc.get("kind") == kind and doc.get("metadata", {}).get("name") == name:
            return doc
    return None


def of_kind(docs: list[dict], kind: str) -> list[dict]:
    return [doc for doc in docs if doc.get("kind") == kind]


def config_literals(folder: Path = BASE) -> dict[str, str]:
    """The key=value literals of the generated iuc-config ConfigMap."""
    for gen in kustomization(folder).get("configMapGenerator") or []:
        if gen.get("name") == CONFIG_MAP:
            return dict(item.split("=", 1) for item in gen.get("literals") or [])
    return {}


def container(pod_spec: dict, name: str, init: bool = False) -> dict | None:
    for c in pod_spec.get("initContainers" if init else "containers") or []:
        if c.get("name") == name:
            return c
    return None


def env_map(c: dict) -> dict[str, dict]:
    return {e["name"]: e for e in c.get("env") or []}


def command_line(c: dict) -> list[str]:
    return [str(x) for x in (c.get("command") or []) + (c.get("args") or [])]


def flag_value(argv: list[str], flag: str) -> str | None:
    """The value of `--flag=value` or `--flag value` in an argv."""
    for i, arg in enumerate(argv):
        if arg.startswith(flag + "="):
            return arg.split("=", 1)[1]
        if arg == flag and i + 1 < len(argv):
            return argv[i + 1]
    return None


def resolve_port(c: dict, port: int | str) -> int | None:
    """A probe's or a Service's target port, by number or by the container port's name."""
    if isinstance(port, int):
        return port
    for p in c.get("ports") or []:
        if p.get("name") == port:
            return p["containerPort"]
    return None


def selects(selector: dict, labels: dict) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())
