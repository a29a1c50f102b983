"""OpenTelemetry traces: one span per HTTP request (the gateway's written here, a service's by
FastAPI's own telemetry on our provider), the request's W3C `traceparent` into the outbox row and
the event's `ce-traceparent`, and one span per handler call in the consumers (decision 0023).

Off by default. `IUC_OTEL_EXPORTER=none|console|otlp` switches it on for a process: `console`
prints finished spans on stdout, `otlp` sends them with the OTLP/HTTP exporter (configured by
the standard `OTEL_EXPORTER_OTLP_*` variables), imported only when chosen. While it is off no
middleware is installed, FastAPI's telemetry is switched off and every helper here returns at its first line, so a process that does
not trace pays one attribute read per request and per event.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Link, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from shared.requestid import current_request_id

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider

    from shared.events import CloudEvent

EXPORTER_ENV = "IUC_OTEL_EXPORTER"
EXPORTERS = ("none", "console", "otlp")
OTLP_PACKAGE = "opentelemetry-exporter-otlp-proto-http"

_propagator = TraceContextTextMapPropagator()
_tracer: trace.Tracer | None = None  # None: tracing is off
_provider: TracerProvider | None = None
_NOTHING = contextlib.nullcontext()


class TracingUnavailable(RuntimeError):
    """The exporter asked for cannot be made (unknown name, or its package is not installed)."""


def enabled() -> bool:
    """Whether this process records spans."""
    return _tracer is not None


def _exporter(choice: str):
    if choice == "console":
        from opentelemetry.sdk.trace.export import ConsoleSpanExporter

        return ConsoleSpanExporter()
    if choice == "otlp":
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        except ImportError as exc:
            raise TracingUnavailable(
                f"{EXPORTER_ENV}=otlp needs the {OTLP_PACKAGE} package, which is not installed "
                f"(pip install {OTLP_PACKAGE}), or set {EXPORTER_ENV}=console or none"
            ) from exc
        return OTLPSpanExporter()
    raise TracingUnavailable(f"{EXPORTER_ENV}={choice!r} is not one of {', '.join(EXPORTERS)}")


def configure_tracing(service: str, exporter: str | None = None) -> bool:
    """Switch tracing on for this process as `IUC_OTEL_EXPORTER` (or `exporter`) says; True if on.

    `none` leaves things as they are (off, or a provider a test installed with `use_provider`).
    One provider per process: a second call keeps the first (a process is one service)."""
    choice = (exporter if exporter is not None else os.environ.get(EXPORTER_ENV, "none")).strip().lower() or "none"
    if choice == "none" or _provider is not None:
        if choice != "none" and choice not in EXPORTERS:
            raise TracingUnavailable(f"{EXPORTER_ENV}={choice!r} is not one of {', '.join(EXPORTERS)}")
        return enabled()
    from opentelemetry.sdk.resources import SERVICE_NAME, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    span_exporter = _exporter(choice)
    provider = TracerProvider(resource=Resource.create({SERVICE_NAME: f"iuc-{service}"}))
    provider.add_span_processor(BatchSpanProcessor(span_exporter))
    trace.set_tracer_provider(provider)  # for any library that traces through the global API
    use_provider(provider)
    return True


def use_provider(provider: TracerProvider | None) -> None:
    """Trace with `provider` (tests give one with an in-memory exporter); None switches tracing off."""
    global _tracer, _provider
    _provider = provider
    _tracer = provider.get_tracer("iuc") if provider is not None else None


def fastapi_telemetry(*, native: bool = True) -> dict:
    """`FastAPI(telemetry=...)` of a service: FastAPI's own SERVER span per request (it continues the
    caller's `traceparent`, names the span by route template, and adds spans for dependencies, endpoint
    and serialization) on our provider, while tracing is on. Never its metrics or log records: those are
    `/metrics` (Prometheus) and our JSON lines. `native=False` (the gateway, whose `TracingMiddleware`
    spans every request) and tracing off leave FastAPI's telemetry out of the request path."""
    if _provider is None or not native:
        return {"tracing": False, "metrics": False, "logs": False}
    return {"tracer_provider": _provider, "metrics": False, "logs": False, "auto_configure": False}


def current_traceparent() -> str | None:
    """The W3C `traceparent` of the current span (what the outbox stores), or None."""
    if _tracer is None:
        return None
    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None
    return f"00-{ctx.trace_id:032x}-{ctx.span_id:016x}-{ctx.trace_flags:02x}"


def inject_headers(headers: list[tuple[str, str]]) -> None:
    """Replace the `traceparent`/`tracestate` in outgoing headers with the current span's.

    When tracing is off the caller's headers pass untouched (a proxy keeps a trace it is not in)."""
    if _tracer is None:
        return
    carrier: dict[str, str] = {}
    _propagator.inject(carrier)
    if not carrier:
        return
    headers[:] = [h for h in headers if h[0] not in ("traceparent", "tracestate")]
    headers.extend(carrier.items())


def _context_of(traceparent: str | None, tracestate: str | None = None):
    carrier = {"traceparent": traceparent} if traceparent else {}
    if tracestate and carrier:
        carrier["tracestate"] = tracestate
    return _propagator.extract(carrier) if carrier else None


class TracingMiddleware:
    """Pure ASGI: a SERVER span per HTTP request, child of the caller's `traceparent` if it sent one.

    For the gateway, whose `/v1` path is a raw ASGI handler (services use FastAPI's own span,
    `fastapi_telemetry`). Named `METHOD /route/{template}` when a Starlette router matched; carries
    the request id, so a trace finds its log lines and back. Installed only when tracing is on."""

    def __init__(self, app, name: str = "") -> None:
        self.app = app
        self.name = name

    async def __call__(self, scope, receive, send):
        tracer = _tracer
        if tracer is None or scope["type"] != "http":
            return await self.app(scope, receive, send)
        traceparent = tracestate = None
        for key, value in scope["headers"]:
            if key == b"traceparent":
                traceparent = value.decode("latin-1")
            elif key == b"tracestate":
                tracestate = value.decode("latin-1")
        method = scope["method"]
        attributes = {"http.request.method": method, "url.path": scope["path"]}
        rid = current_request_id()
        if rid:
            attributes["iuc.request_id"] = rid
        with tracer.start_as_current_span(
            f"{method} {self.name}".rstrip(),
            context=_context_of(traceparent, tracestate),
            kind=SpanKind.SERVER,
            attributes=attributes,
        ) as span:

            async def send_traced(message):
                if message["type"] == "http.response.start":
                    status = message["status"]
                    span.set_attribute("http.response.status_code", status)
                    if status >= 500:
                        span.set_status(Status(StatusCode.ERROR))
                await send(message)

            try:
                await self.app(scope, receive, send_traced)
            finally:
                route = scope.get("route")
                template = getattr(route, "path", None)
                if template:
                    span.set_attribute("http.route", template)
                    span.update_name(f"{method} {template}")


def consumer_span(durable: str, events: Sequence[CloudEvent]) -> contextlib.AbstractContextManager:
    """The span around a consumer's handler call (decision 0023).

    One event: a child of the request that wrote it (its `ce-traceparent`), so the request's
    effects in other services are one trace. A run of several events (a batch handler): a span
    of its own, linked to each event's context, as the messaging conventions say for batches."""
    tracer = _tracer
    if tracer is None or not events:
        return _NOTHING
    first = events[0]
    attributes = {
        "messaging.system": "nats",
        "messaging.operation.type": "process",
        "messaging.destination.name": first.nats_subject,
        "messaging.consumer.group.name": durable,
    }
    if len(events) == 1:
        attributes["messaging.message.id"] = first.id
        attributes["cloudevents.event_type"] = first.type
        return tracer.start_as_current_span(
            f"process {first.nats_subject}", context=_context_of(first.traceparent), kind=SpanKind.CONSUMER, attributes=attributes
        )
    attributes["messaging.batch.message_count"] = len(events)
    return tracer.start_as_current_span(
        f"process {first.nats_subject}",
        context=Context(),
        kind=SpanKind.CONSUMER,
        attributes=attributes,
        links=list(_links(events)),
    )


def _links(events: Sequence[CloudEvent]) -> Iterator[Link]:
    for event in events:
        ctx = _context_of(event.traceparent)
        if ctx is None:
            continue
        span_context = trace.get_current_span(ctx).get_span_context()
        if span_context.is_valid:
            yield Link(span_context, {"messaging.message.id": event.id})
