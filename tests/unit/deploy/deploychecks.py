"""The checks of one application (a service or the gateway), as a list of problems.

`app_problems` is run on the real base by test_deploy_services.py and on copies broken on
purpose by test_deploy_checks.py, to show that it does catch such mistakes.
"""

from __future__ import annotations

from shared.catalog import SERVICES
from shared.heartbeat import HEARTBEAT_FILE_ENV, HEARTBEAT_INTERVAL_SECONDS
from tests.unit.deploy.deploysupport import (
    APP_PATHS,
    CONFIG_MAP,
    IMAGE,
    PG_CLUSTER,
    command_line,
    container,
    db_var,
    env_map,
    find,
    flag_value,
    k8s_name,
    of_kind,
    relay_argv,
    resolve_port,
    run_relay_var,
    selects,
)


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
        problems.extend(relay_probe_problems(name, relay))
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


def relay_probe_problems(name: str, relay: dict) -> list[str]:
    """The relay serves no HTTP: it is restarted when stuck through exec probes that read the
    age of the heartbeat file it touches (shared/heartbeat.py), on a writable mount."""
    problems: list[str] = []
    if relay.get("ports") or "readinessProbe" in relay:
        problems.append(f"{name}: relay has a port or a readiness probe, but serves no HTTP")
    heartbeat = (env_map(relay).get(HEARTBEAT_FILE_ENV) or {}).get("value")
    if not heartbeat:
        problems.append(f"{name}: relay does not set {HEARTBEAT_FILE_ENV}, so nothing tells whether it is stuck")
        return problems
    mounts = [m["mountPath"] for m in relay.get("volumeMounts") or []]
    if not any(heartbeat.startswith(mount.rstrip("/") + "/") for mount in mounts):
        problems.append(f"{name}: relay heartbeat {heartbeat} is not on a writable mount (the root is read-only)")
    for kind in ("startupProbe", "livenessProbe"):
        probe = relay.get(kind) or {}
        argv = (probe.get("exec") or {}).get("command") or []
        if argv[:4] != ["python", "-m", "shared.heartbeat", heartbeat] or "--max-age" not in argv:
            problems.append(f"{name}: relay {kind} does not run python -m shared.heartbeat {heartbeat} --max-age N")
            continue
        max_age = float(argv[argv.index("--max-age") + 1])
        if max_age < 3 * HEARTBEAT_INTERVAL_SECONDS:
            problems.append(f"{name}: relay {kind} --max-age {max_age:g} leaves no room for a late beat")
        if probe.get("timeoutSeconds", 1) < 5:
            problems.append(f"{name}: relay {kind} gives python under 5 s to start")
    return problems
