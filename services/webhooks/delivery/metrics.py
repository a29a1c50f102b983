"""Prometheus metrics of webhook deliveries (registered in the default registry, as shared/metrics.py does)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

ATTEMPTS = Counter("iuc_webhook_attempts", "Webhook delivery attempts, by result (success: a 2xx answer).", ["result"])
DELIVERY_LAG = Histogram(
    "iuc_webhook_delivery_lag_seconds",
    "Time from an event to the 2xx answer of its delivery.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 1800.0, 3600.0, 36000.0),
)
PENDING = Gauge("iuc_webhook_pending_deliveries", "Webhook deliveries still to be made (due now or later).")
DISABLED = Gauge(
    "iuc_webhook_disabled_endpoints", "Webhook endpoints disabled (failing for 5 days, revoked key, by their owner)."
)

METRIC_NAMES = frozenset(
    {
        "iuc_webhook_attempts_total",
        "iuc_webhook_delivery_lag_seconds_bucket",
        "iuc_webhook_delivery_lag_seconds_sum",
        "iuc_webhook_delivery_lag_seconds_count",
        "iuc_webhook_pending_deliveries",
        "iuc_webhook_disabled_endpoints",
    }
)
