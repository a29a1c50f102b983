"""Tracing on for one test, into the OpenTelemetry SDK's in-memory exporter (decision 0023)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from shared import tracing

# A caller's trace context as the W3C example gives it: the gateway and services continue it.
CALLER_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
CALLER_SPAN_ID = "00f067aa0ba902b7"
CALLER_TRACEPARENT = f"00-{CALLER_TRACE_ID}-{CALLER_SPAN_ID}-01"


@contextmanager
def traced() -> Iterator[InMemorySpanExporter]:
    """Record every span of this process while the block runs (build the apps inside it: the
    tracing middleware is only installed when tracing is on)."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.use_provider(provider)
    try:
        yield exporter
    finally:
        tracing.use_provider(None)
        provider.shutdown()


def hex_ids(span: ReadableSpan) -> tuple[str, str]:
    """(trace id, span id) of a finished span, in the hex of a traceparent."""
    return f"{span.context.trace_id:032x}", f"{span.context.span_id:016x}"


def parent_span_id(span: ReadableSpan) -> str | None:
    """The hex id of the span's parent, or None for a root."""
    return f"{span.parent.span_id:016x}" if span.parent is not None else None


def ancestry(spans: list[ReadableSpan], span_id: str) -> list[str]:
    """The names of a span and of its recorded ancestors, innermost first."""
    names = []
    by_id = {hex_ids(s)[1]: s for s in spans}
    while span_id in by_id:
        span = by_id[span_id]
        names.append(span.name)
        span_id = parent_span_id(span)
    return names
