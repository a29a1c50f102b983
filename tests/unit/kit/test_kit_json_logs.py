"""Every log line carries the request id and, while tracing, the trace id; as one JSON object
a line or as text (`IUC_LOG_FORMAT`, decision 0023)."""

from __future__ import annotations

import logging
import sys

import orjson
import pytest

from shared import tracing
from shared.events import CloudEvent
from shared.requestid import JsonLogFormatter, RequestIdLogFilter, log_format, reset_request_id, set_request_id
from tests.support.traces import CALLER_TRACE_ID, CALLER_TRACEPARENT, traced


class Stderr:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def line(fmt: logging.Formatter, msg: str, *args, exc_info=None) -> str:
    record = logging.LogRecord("iuc.test", logging.WARNING, __file__, 1, msg, args, exc_info)
    RequestIdLogFilter().filter(record)
    return fmt.format(record)


def test_a_json_line_has_the_request_id_and_the_trace_id_of_the_span_it_was_written_in():
    event = CloudEvent(
        id="e1", source="/iuc/kit", type="t.v1", subject=None, time="", data={}, nats_subject="t", traceparent=CALLER_TRACEPARENT
    )
    token = set_request_id("rid-7")
    try:
        with traced(), tracing.consumer_span("d", [event]):
            out = orjson.loads(line(JsonLogFormatter("pairing"), 'city "%s" scored', "Lyon\nLisboa"))
    finally:
        reset_request_id(token)
    assert out["message"] == 'city "Lyon\nLisboa" scored'  # quotes and newlines cannot break the line
    assert (out["service"], out["level"], out["logger"], out["request_id"]) == ("pairing", "WARNING", "iuc.test", "rid-7")
    assert out["trace_id"] == CALLER_TRACE_ID and len(out["span_id"]) == 16
    assert out["time"].endswith("Z")


def test_outside_a_request_and_a_trace_the_line_says_so_and_a_traceback_is_one_field():
    try:
        raise ValueError("bad")
    except ValueError:
        text = line(JsonLogFormatter("relay"), "failed", exc_info=sys.exc_info())
    assert "\n" not in text
    out = orjson.loads(text)
    assert out["request_id"] == "-" and "trace_id" not in out
    assert "ValueError: bad" in out["exception"]


def test_the_text_format_keeps_the_request_id_and_adds_the_trace_id():
    fmt = logging.Formatter("[%(request_id)s%(trace)s] %(message)s")
    token = set_request_id("rid-8")
    try:
        assert line(fmt, "plain") == "[rid-8] plain"
        with traced(), tracing.consumer_span("d", [CloudEvent("e", "/iuc/k", "t.v1", None, "", {}, "t", CALLER_TRACEPARENT)]):
            assert line(fmt, "traced") == f"[rid-8 trace={CALLER_TRACE_ID}] traced"
    finally:
        reset_request_id(token)


def test_the_format_is_chosen_by_iuc_log_format(monkeypatch):
    assert log_format("json") == "json" and log_format("TEXT") == "text"
    monkeypatch.setenv("IUC_LOG_FORMAT", "json")
    assert log_format() == "json"
    monkeypatch.delenv("IUC_LOG_FORMAT")
    monkeypatch.setattr(sys, "stderr", Stderr(tty=True))
    assert log_format() == "text"  # `make run` in a terminal
    monkeypatch.setattr(sys, "stderr", Stderr(tty=False))
    assert log_format() == "json"  # a container, a log file, a pipe
    with pytest.raises(ValueError, match="IUC_LOG_FORMAT='xml'"):
        log_format("xml")
