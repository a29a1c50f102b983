"""The CloudNativePG cluster: its instances, roles and max_connections."""

from __future__ import annotations

from tests.unit.deploy.deploysupport import (
    APPS,
    CONTAINER_POOLS,
    PG_CLUSTER,
    PRODUCTION,
    base_docs,
    find,
    k8s_name,
    kustomization,
)


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
