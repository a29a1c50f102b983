"""Monitoring files: the alert rules pass Debian's promtool (syntax and their unit tests), and the
rules, the Grafana dashboard and the pods' scrape annotations name what the platform exports:
the kit's metrics (shared/metrics.py) and the webhooks service's own (services/webhooks)."""

from __future__ import annotations

import functools
import importlib
import json
import re
import subprocess
from pathlib import Path

import yaml
from prometheus_client import REGISTRY

from shared.catalog import GATEWAY_PORT, SERVICES
from shared.metrics import METRIC_NAMES
from tests.unit.deploy.deploysupport import base_docs, find, k8s_name

ROOT = Path(__file__).resolve().parents[3]
PROMETHEUS = ROOT / "deploy" / "prometheus"
ALERTS = PROMETHEUS / "alerts.yaml"
DASHBOARD = ROOT / "deploy" / "grafana" / "iuc-platform.json"
PROMTOOL = "/usr/bin/promtool"  # Debian's `prometheus` package (`make promtool`)
# Names in PromQL that are not metrics: functions, keywords and label names after `by`/`on`.
_NAME = re.compile(r"\biuc_[a-z0-9_]+\b")
# The webhooks service's metrics (issue 15), as Prometheus names their series.
WEBHOOK_METRICS = frozenset(
    {
        "iuc_webhook_attempts_total",
        "iuc_webhook_delivery_lag_seconds_bucket",
        "iuc_webhook_delivery_lag_seconds_sum",
        "iuc_webhook_delivery_lag_seconds_count",
        "iuc_webhook_pending_deliveries",
        "iuc_webhook_disabled_endpoints",
    }
)
_SERIES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}


@functools.cache
def webhook_metric_names() -> frozenset[str]:
    """The iuc_webhook_* series the webhooks service registers once its app is imported."""
    importlib.import_module("services.webhooks.app")
    return frozenset(
        family.name + suffix
        for family in REGISTRY.collect()
        if family.name.startswith("iuc_webhook")
        for suffix in _SERIES.get(family.type, ("",))
    )


def exported() -> frozenset[str]:
    return METRIC_NAMES | webhook_metric_names()


def promtool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PROMTOOL, *args], capture_output=True, text=True, timeout=60, cwd=PROMETHEUS)


def alert_rules() -> list[dict]:
    return [rule for group in yaml.safe_load(ALERTS.read_text())["groups"] for rule in group["rules"]]


def dashboard_exprs() -> list[str]:
    panels = json.loads(DASHBOARD.read_text())["panels"]
    # A row panel (a heading) has no queries.
    return [target["expr"] for panel in panels for target in panel.get("targets", [])]


def test_the_alert_rules_pass_promtool_check() -> None:
    done = promtool("check", "rules", str(ALERTS))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in done.stdout


def test_the_alert_rules_pass_their_promtool_unit_tests() -> None:
    done = promtool("test", "rules", "alerts.test.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


def test_promtool_refuses_a_broken_rule(tmp_path: Path) -> None:
    """The check above can fail: a rule with bad PromQL is refused."""
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: sum by (service (iuc_dead_letters)\n"
    )
    done = promtool("check", "rules", str(broken))
    assert done.returncode != 0
    assert "FAILED" in done.stdout + done.stderr


def test_the_issue_s_alerts_are_there() -> None:
    names = {rule["alert"] for rule in alert_rules()}
    assert {"IucOutboxLag", "IucConsumerLag", "IucDeadLetters", "IucBreakerOpen", "IucHigh5xxRate"} <= names
    assert {"IucWebhookFailuresRising", "IucWebhookEndpointsDisabled", "IucWebhookDeliveryLag", "IucWebhookBacklog"} <= names
    for rule in alert_rules():
        assert rule["labels"]["severity"] in {"warning", "critical"}, rule["alert"]
        assert rule["annotations"]["summary"] and rule["annotations"]["description"], rule["alert"]


def test_the_webhooks_service_exports_the_metrics_the_rules_and_the_dashboard_read() -> None:
    assert webhook_metric_names() == WEBHOOK_METRICS


def test_every_alert_names_only_exported_metrics() -> None:
    for rule in alert_rules():
        names = set(_NAME.findall(rule["expr"]))
        assert names, rule["alert"]
        assert names <= exported(), (rule["alert"], names - exported())


def test_every_dashboard_expr_names_only_exported_metrics() -> None:
    exprs = dashboard_exprs()
    assert len(exprs) >= 10
    used: set[str] = set()
    for expr in exprs:
        names = set(_NAME.findall(expr))
        assert names, expr
        assert names <= exported(), (expr, names - exported())
        used |= names
    # Every family the platform exports has a panel (histogram series count as one).
    families = {n for n in exported() if not n.startswith("iuc_http_request_duration_seconds")}
    assert families <= used, families - used
    assert any(n.startswith("iuc_http_request_duration_seconds") for n in used)
    variables = json.loads(DASHBOARD.read_text())["templating"]["list"]
    assert set(_NAME.findall(json.dumps(variables))) <= exported()


def test_every_pod_with_a_port_is_scraped_on_it() -> None:
    docs = base_docs()
    for name, port in [("gateway", GATEWAY_PORT), *((k8s_name(e.name), e.port) for e in SERVICES)]:
        annotations = find(docs, "Deployment", name)["spec"]["template"]["metadata"]["annotations"]
        assert annotations["prometheus.io/scrape"] == "true", name
        assert annotations["prometheus.io/port"] == str(port), name
        assert annotations["prometheus.io/path"] == "/metrics", name
