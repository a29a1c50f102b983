"""The kit's tracing helpers (decision 0023): nothing at all while off; a run of events is one
span linked to each event's trace; an exporter that cannot be made stops the process with why."""

from __future__ import annotations

import sys

import pytest
from opentelemetry.trace import SpanKind

from shared import tracing
from shared.events import CloudEvent
from shared.ids import new_id
from tests.support.traces import CALLER_SPAN_ID, CALLER_TRACE_ID, CALLER_TRACEPARENT, hex_ids, parent_span_id, traced

OTHER_TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


def event(traceparent: str | None) -> CloudEvent:
    return CloudEvent(
        id=new_id(),
        source="/iuc/kit",
        type="iuc.kit.thing.happened.v1",
        subject=None,
        time="",
        data={},
        nats_subject="iuc.kit.thing.happened",
        traceparent=traceparent,
    )


def test_while_off_nothing_is_recorded_or_changed():
    assert not tracing.enabled()
    assert tracing.current_traceparent() is None
    headers = [("traceparent", CALLER_TRACEPARENT)]
    tracing.inject_headers(headers)
    assert headers == [("traceparent", CALLER_TRACEPARENT)]
    with tracing.consumer_span("d", [event(CALLER_TRACEPARENT)]) as span:
        assert span is None  # the shared null context: no span object is even made


def test_one_event_is_handled_in_a_child_of_its_producers_span():
    with traced() as spans:
        with tracing.consumer_span("durable-1", [event(CALLER_TRACEPARENT)]):
            inner = tracing.current_traceparent()
        [span] = spans.get_finished_spans()
    assert span.kind == SpanKind.CONSUMER
    assert (hex_ids(span)[0], parent_span_id(span)) == (CALLER_TRACE_ID, CALLER_SPAN_ID)
    # What the handler writes to its own outbox continues the same trace.
    assert inner == f"00-{CALLER_TRACE_ID}-{hex_ids(span)[1]}-{span.context.trace_flags:02x}"


def test_a_run_of_events_is_one_span_linked_to_each_events_trace():
    events = [event(CALLER_TRACEPARENT), event(OTHER_TRACEPARENT), event(None)]
    with traced() as spans:
        with tracing.consumer_span("durable-2", events):
            pass
        [span] = spans.get_finished_spans()
    assert span.parent is None
    assert span.attributes["messaging.batch.message_count"] == 3
    linked = {(f"{link.context.trace_id:032x}", link.attributes["messaging.message.id"]) for link in span.links}
    assert linked == {(CALLER_TRACE_ID, events[0].id), ("0af7651916cd43dd8448eb211c80319c", events[1].id)}


def test_a_handler_error_marks_the_span():
    with traced() as spans:
        with pytest.raises(RuntimeError), tracing.consumer_span("durable-3", [event(None)]):
            raise RuntimeError("database went away")
        [span] = spans.get_finished_spans()
    assert not span.status.is_ok
    assert span.events[0].name == "exception"


def test_an_unknown_exporter_or_a_missing_otlp_package_is_refused_with_the_reason(monkeypatch):
    with pytest.raises(tracing.TracingUnavailable, match="not one of none, console, otlp"):
        tracing.configure_tracing("kit", "zipkin")
    # An installation without the OTLP exporter (an image built without it): the message says what to install.
    monkeypatch.setitem(sys.modules, "opentelemetry.exporter.otlp.proto.http.trace_exporter", None)
    with pytest.raises(tracing.TracingUnavailable, match="opentelemetry-exporter-otlp-proto-http"):
        tracing.configure_tracing("kit", "otlp")
    assert not tracing.enabled()
    assert tracing.configure_tracing("kit", "none") is False


def test_the_otlp_exporter_is_installed_and_chosen_by_name():
    exporter = tracing._exporter("otlp")
    assert type(exporter).__name__ == "OTLPSpanExporter"
    exporter.shutdown()
