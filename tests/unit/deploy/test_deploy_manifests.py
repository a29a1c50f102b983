"""Offline checks of deploy/: the Dockerfile, compose.yaml and the Kustomize manifests.

Nothing is applied or built: the files are parsed with PyYAML and compared with
`shared.catalog`, so a service added to the catalog without its manifests (or with a port,
a probe, an env var or a migration that disagrees with the code) fails here. The checks
of one application are functions returning a list of problems, and a few tests break a
copy of the manifests on purpose to show that those checks do catch such mistakes.
When `kubectl` is on the PATH, the base and the production overlay are also built with
its embedded kustomize.
"""

from __future__ import annotations

import copy
import functools
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
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


# --- the checks of one application (a service or the gateway) ----------------------------


def app_problems(docs: list[dict], literals: dict[str, str], name: str, port: int) -> list[str]:
    """Everything that must hold for one application's Deployment, Service, PDB and database."""
    problems: list[str] = []
    dep = find(docs, "Deployment", k8s_name(name))
    svc = find(docs, "Service", k8s_name(name))
    if dep is None or svc is None:
        return [f"{name}: Deployment or Service missing"]

    spec = dep["spec"]
    pod = spec["template"]["spec"]
    labels = spec["template"]["metadata"].get("labels") or {}
    if (spec.get("replicas") or 1) < 2:
        problems.append(f"{name}: fewer than 2 replicas")
    if not selects(spec["selector"].get("matchLabels") or {}, labels):
        problems.append(f"{name}: Deployment selector does not match its pod labels")
    if not selects(svc["spec"].get("selector") or {}, labels):
        problems.append(f"{name}: Service selector does not match the pod labels")

    app = container(pod, "app")
    if app is None:
        return [*problems, f"{name}: no container named app"]
    argv = command_line(app)
    if argv[:2] != ["uvicorn", APP_PATHS[name]]:
        problems.append(f"{name}: command is not uvicorn {APP_PATHS[name]}: {argv}")
    if flag_value(argv, "--port") != str(port):
        problems.append(f"{name}: uvicorn --port is not the catalog port {port}")
    if flag_value(argv, "--host") != "0.0.0.0":
        problems.append(f"{name}: uvicorn does not listen on all interfaces")
    if [p.get("containerPort") for p in app.get("ports") or []] != [port]:
        problems.append(f"{name}: containerPort is not the catalog port {port}")
    svc_ports = svc["spec"].get("ports") or []
    if [p.get("port") for p in svc_ports] != [port]:
        problems.append(f"{name}: Service port is not the catalog port {port}")
    elif resolve_port(app, svc_ports[0].get("targetPort", port)) != port:
        problems.append(f"{name}: Service targetPort does not reach the container port")

    ready = "/healthz" if name == "gateway" else "/readyz"  # why: base/gateway/deployment.yaml
    for probe, path in (("livenessProbe", "/healthz"), ("readinessProbe", ready)):
        get = (app.get(probe) or {}).get("httpGet") or {}
        if get.get("path") != path:
            problems.append(f"{name}: {probe} is not GET {path}")
        if resolve_port(app, get.get("port", -1)) != port:
            problems.append(f"{name}: {probe} does not probe port {port}")

    env = env_map(app)
    if not ((env.get("IUC_IDENTITY_SECRET") or {}).get("valueFrom") or {}).get("secretKeyRef"):
        problems.append(f"{name}: IUC_IDENTITY_SECRET does not come from a Secret")
    db_ref = ((env.get(db_var(name)) or {}).get("valueFrom") or {}).get("secretKeyRef")
    if not db_ref:
        problems.append(f"{name}: {db_var(name)} does not come from a Secret")
    if {"configMapRef": {"name": CONFIG_MAP}} not in (app.get("envFrom") or []):
        problems.append(f"{name}: does not read the {CONFIG_MAP} ConfigMap")
    if name == "gateway":
        for entry in SERVICES:
            url = f"http://{k8s_name(entry.name)}:{entry.port}"
            if literals.get(entry.url_env) != url:
                problems.append(f"gateway: {entry.url_env} is not {url}")

    # A service's outbox relay runs in a container of its own next to the app (shared/relay.py).
    relay = container(pod, "relay")
    if name == "gateway":
        if relay is not None:
            problems.append("gateway: a relay container, but the gateway has no outbox")
    elif relay is None:
        problems.append(f"{name}: no relay container")
    else:
        if command_line(relay) != relay_argv(name):
            problems.append(f"{name}: relay container does not run {' '.join(relay_argv(name))}")
        r_ref = ((env_map(relay).get(db_var(name)) or {}).get("valueFrom") or {}).get("secretKeyRef")
        if not r_ref or r_ref != db_ref:
            problems.append(f"{name}: the relay and the app read different database URLs")
        if {"configMapRef": {"name": CONFIG_MAP}} not in (relay.get("envFrom") or []):
            problems.append(f"{name}: relay does not read the {CONFIG_MAP} ConfigMap")
        if relay.get("ports") or any(probe in relay for probe in ("livenessProbe", "readinessProbe", "startupProbe")):
            problems.append(f"{name}: relay has a port or an HTTP probe, but serves no HTTP")
    if name != "gateway" and (env.get(run_relay_var(name)) or {}).get("value") != "false":
        problems.append(f'{name}: app does not set {run_relay_var(name)} to "false" (its relay runs apart)')

    migrate = container(pod, "migrate", init=True)
    if migrate is None:
        problems.append(f"{name}: no migrate init container")
    else:
        if command_line(migrate) != ["python", "-m", "shared.migrate", name, "upgrade"]:
            problems.append(f"{name}: init container does not run shared.migrate {name} upgrade")
        m_ref = ((env_map(migrate).get(db_var(name)) or {}).get("valueFrom") or {}).get("secretKeyRef")
        if m_ref != db_ref:
            problems.append(f"{name}: the migration and the app read different database URLs")

    if not (pod.get("securityContext") or {}).get("runAsNonRoot"):
        problems.append(f"{name}: pod is not runAsNonRoot")
    for c in [*(pod.get("initContainers") or []), *pod["containers"]]:
        if c.get("image") != IMAGE:
            problems.append(f"{name}/{c['name']}: image is not {IMAGE}")
        sc = c.get("securityContext") or {}
        if sc.get("readOnlyRootFilesystem") is not True or sc.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{name}/{c['name']}: root filesystem writable or privilege escalation allowed")
        res = c.get("resources") or {}
        for part in ("requests", "limits"):
            if not {"cpu", "memory"} <= set(res.get(part) or {}):
                problems.append(f"{name}/{c['name']}: no cpu and memory {part}")
        if "/tmp" not in {m.get("mountPath") for m in c.get("volumeMounts") or []}:
            problems.append(f"{name}/{c['name']}: no writable /tmp under a read-only root")

    pdbs = [p for p in of_kind(docs, "PodDisruptionBudget") if selects(p["spec"]["selector"]["matchLabels"], labels)]
    if len(pdbs) != 1:
        problems.append(f"{name}: {len(pdbs)} PodDisruptionBudgets select its pods, not 1")

    dbs = [d for d in of_kind(docs, "Database") if d["spec"].get("name") == name]
    if len(dbs) != 1 or dbs[0]["spec"].get("owner") != name or dbs[0]["spec"]["cluster"]["name"] != PG_CLUSTER:
        problems.append(f"{name}: no CloudNativePG Database {name} owned by {name} in {PG_CLUSTER}")
    cluster = find(docs, "Cluster", PG_CLUSTER) or {"spec": {}}
    roles = {r["name"]: r for r in (cluster["spec"].get("managed") or {}).get("roles") or []}
    role = roles.get(name)
    if role is None or not role.get("login"):
        problems.append(f"{name}: no login role {name} in the {PG_CLUSTER} cluster")
    elif db_ref and role.get("passwordSecret", {}).get("name") != db_ref.get("name"):
        problems.append(f"{name}: role password and database URL are in different Secrets")
    return problems


# --- every YAML file, every kustomization reference -----------------------------------------


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


# --- the base against the catalogue ---------------------------------------------------------


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


def test_config_points_at_nats_client_service() -> None:
    url = urlsplit(config_literals()["IUC_NATS_URL"])
    assert url.scheme == "nats" and url.port == NATS_CLIENT_PORT
    svc = find(base_docs(), "Service", url.hostname)
    assert svc is not None, f"no Service {url.hostname} for IUC_NATS_URL"
    assert NATS_CLIENT_PORT in [p["port"] for p in svc["spec"]["ports"]]
    assert svc["spec"].get("clusterIP") != "None"


def test_secrets_are_not_in_the_config_map() -> None:
    literals = config_literals()
    assert not {"IUC_IDENTITY_SECRET", "IUC_ADMIN_API_KEY"} & set(literals)
    assert not any(key.endswith("_DATABASE_URL") for key in literals)


def test_ingress_reaches_the_gateway() -> None:
    ingresses = of_kind(base_docs(), "Ingress")
    assert len(ingresses) == 1
    backends = [path["backend"]["service"] for rule in ingresses[0]["spec"]["rules"] for path in rule["http"]["paths"]]
    assert backends and all(b["name"] == "gateway" for b in backends)
    svc = find(base_docs(), "Service", "gateway")
    names = {p.get("name") for p in svc["spec"]["ports"]} | {p["port"] for p in svc["spec"]["ports"]}
    for b in backends:
        assert b["port"].get("name", b["port"].get("number")) in names


def test_postgres_cluster_has_three_instances() -> None:
    cluster = find(base_docs(), "Cluster", PG_CLUSTER)
    assert cluster is not None and cluster["apiVersion"] == "postgresql.cnpg.io/v1"
    assert cluster["spec"]["instances"] == 3
    roles = {r["name"] for r in cluster["spec"]["managed"]["roles"]}
    assert roles == set(APPS)


def test_postgres_max_connections_covers_every_pool() -> None:
    # Production, in a rollout: each Deployment's pods, a surge pod (maxSurge: 1) and a
    # terminating pod still holding its pools: POOL_MAX connections for the app container
    # and RELAY_POOL_SIZE for a service's relay container.
    docs = base_docs()
    cluster = find(docs, "Cluster", PG_CLUSTER)
    max_connections = int(cluster["spec"]["postgresql"]["parameters"]["max_connections"])
    counts = {r["name"]: r["count"] for r in kustomization(PRODUCTION)["replicas"]}
    connections = 0
    for name in APPS:
        pod = find(docs, "Deployment", k8s_name(name))["spec"]["template"]["spec"]
        per_pod = sum(CONTAINER_POOLS[c["name"]] for c in pod["containers"])
        connections += (counts.get(k8s_name(name), 2) + 2) * per_pod
    assert max_connections >= connections


# --- NATS -----------------------------------------------------------------------------------


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


# --- the production overlay -----------------------------------------------------------------


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


# --- the checks do catch mistakes ------------------------------------------------------------


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


# --- compose.yaml -----------------------------------------------------------------------------


def interpolate(value: str) -> str:
    """Compose's ${VAR:-default} / ${VAR:?error} / ${VAR}, with no variable set."""
    return re.sub(r"\$\{\w+(?::?-([^}]*)|:?\?[^}]*)?\}", lambda m: m.group(1) or "set", value)


@functools.cache
def _compose() -> dict:
    return load_docs(COMPOSE)[0]


def compose() -> dict:
    return copy.deepcopy(_compose())


def compose_env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: interpolate(str(v)) for k, v in env.items()}


def compose_command(service: dict) -> list[str]:
    cmd = service.get("command") or []
    return cmd.split() if isinstance(cmd, str) else [str(x) for x in cmd]


def compose_databases(doc: dict) -> set[str]:
    pg = doc["services"]["postgres"]
    names = {compose_env(pg).get("POSTGRES_DB", "postgres")}
    for ref in pg.get("configs") or []:
        content = doc["configs"][ref["source"]]["content"]
        names |= set(re.findall(r"CREATE DATABASE\s+\"?(\w+)", content, re.IGNORECASE))
    return names


@pytest.mark.parametrize("name", list(APPS))
def test_compose_runs_each_application(name: str) -> None:
    doc = compose()
    services = doc["services"]
    assert k8s_name(name) in services, f"compose.yaml has no service {k8s_name(name)}"
    svc, port = services[k8s_name(name)], APPS[name]
    argv = compose_command(svc)
    assert argv[:2] == ["uvicorn", APP_PATHS[name]]
    assert flag_value(argv, "--port") == str(port) and flag_value(argv, "--host") == "0.0.0.0"

    env = compose_env(svc)
    nats = urlsplit(env["IUC_NATS_URL"])
    assert nats.scheme == "nats" and nats.hostname in services and nats.port == NATS_CLIENT_PORT
    assert len(env["IUC_IDENTITY_SECRET"]) > 0
    db = urlsplit(env[db_var(name)])
    assert db.scheme == "postgresql+asyncpg" and db.hostname == "postgres"
    assert db.path.lstrip("/") in compose_databases(doc), f"database of {name} is never created"

    migrate = services[f"migrate-{k8s_name(name)}"]
    assert compose_command(migrate) == ["python", "-m", "shared.migrate", name, "upgrade"]
    assert compose_env(migrate)[db_var(name)] == env[db_var(name)]
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert svc["depends_on"][f"migrate-{k8s_name(name)}"]["condition"] == "service_completed_successfully"

    health = " ".join(svc["healthcheck"]["test"])
    assert f":{port}/" in health and ("/readyz" in health or "/healthz" in health)
    if name == "gateway":
        for entry in SERVICES:
            assert env[entry.url_env] == f"http://{k8s_name(entry.name)}:{entry.port}"
            assert svc["depends_on"][k8s_name(entry.name)]["condition"] == "service_healthy"
        assert any(str(p).endswith(f"{GATEWAY_PORT}:{GATEWAY_PORT}") for p in svc["ports"])
    else:
        assert "/readyz" in health
        assert svc["depends_on"]["nats"]["condition"] == "service_healthy"


def test_compose_nats_has_jetstream_on_a_volume() -> None:
    nats = compose()["services"]["nats"]
    argv = compose_command(nats)
    assert "--jetstream" in argv or "-js" in argv
    store = flag_value(argv, "--store_dir") or flag_value(argv, "-sd")
    assert store and any(str(v).split(":")[1] == store for v in nats["volumes"])
    assert "healthcheck" in nats and "healthcheck" in compose()["services"]["postgres"]


@pytest.mark.parametrize("name", [entry.name for entry in SERVICES])
def test_compose_runs_each_relay_apart(name: str) -> None:
    services = compose()["services"]
    app = services[k8s_name(name)]
    assert compose_env(app)[run_relay_var(name)] == "false", "the service would run its own relay too"
    relay = services.get(f"{k8s_name(name)}-relay")
    assert relay is not None, f"compose.yaml has no service {k8s_name(name)}-relay"
    assert compose_command(relay) == relay_argv(name)
    assert relay["image"] == app["image"] and relay.get("restart") == app.get("restart")
    env = compose_env(relay)
    assert env[db_var(name)] == compose_env(app)[db_var(name)]
    assert env["IUC_NATS_URL"] == compose_env(app)["IUC_NATS_URL"]
    assert relay["depends_on"][f"migrate-{k8s_name(name)}"]["condition"] == "service_completed_successfully"
    assert relay["depends_on"]["nats"]["condition"] == "service_healthy"
    assert not relay.get("ports") and not relay.get("expose"), "the relay serves no HTTP"


def test_compose_postgres_max_connections_covers_every_pool() -> None:
    # One container of each application and of each relay (the migrations are done before
    # they start); `postgres -c max_connections=N`, 100 if unset.
    services = compose()["services"]
    argv = compose_command(services["postgres"])
    settings = dict(arg.split("=", 1) for arg in argv if "=" in arg)
    commands = [compose_command(s) for s in services.values()]
    apps = sum(1 for c in commands if c[:1] == ["uvicorn"])
    relays = sum(1 for c in commands if c[:3] == ["python", "-m", "shared.relay"])
    assert (apps, relays) == (len(APPS), len(SERVICES))
    assert int(settings.get("max_connections", 100)) >= apps * POOL_MAX + relays * RELAY_POOL_SIZE


def test_compose_has_nothing_outside_the_catalog() -> None:
    expected = (
        {"nats", "postgres"}
        | {k8s_name(n) for n in APPS}
        | {f"migrate-{k8s_name(n)}" for n in APPS}
        | {f"{k8s_name(entry.name)}-relay" for entry in SERVICES}
    )
    assert set(compose()["services"]) == expected


# --- Dockerfile -------------------------------------------------------------------------------


def test_dockerfile_installs_the_project_as_a_non_root_user() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    froms = [ln.split()[1] for ln in lines if ln.startswith("FROM ")]
    assert froms and all(f == "python:3.11-slim" for f in froms)
    assert any(re.search(r"pip install (--\S+ )*\.(\s|$)", ln) for ln in lines), "the project is not pip-installed"
    # Every package pyproject.toml installs is copied into the build.
    include = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]["include"]
    copied = {ln.split()[1] for ln in lines if ln.startswith("COPY ") and "--from" not in ln}
    assert {"pyproject.toml"} | {pkg.rstrip("*") for pkg in include} <= copied
    users = [ln.split()[1] for ln in lines if ln.startswith("USER ")]
    assert users, "no USER"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) != 0, "the final user must be numeric and not root (runAsNonRoot checks it)"
    final_stage = lines[max(i for i, ln in enumerate(lines) if ln.startswith("FROM ")) :]
    assert any(ln.startswith("CMD ") for ln in final_stage)
    # The Deployments' securityContext runs as this user too.
    for name in APPS:
        pod = find(base_docs(), "Deployment", k8s_name(name))["spec"]["template"]["spec"]
        assert str(pod["securityContext"]["runAsUser"]) == uid
