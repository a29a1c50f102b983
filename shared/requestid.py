"""Request ids: taken from `X-Request-ID` or made, put on every response and log line; and the one
log format of every process (JSON or text, decision 0023)."""

from __future__ import annotations

import contextvars
import logging
import os
import sys
import uuid
from datetime import UTC, datetime

import orjson
from opentelemetry import trace

REQUEST_ID_HEADER = "x-request-id"
_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("iuc_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being handled, if any."""
    return _request_id.get()


def set_request_id(value: str | None) -> contextvars.Token:
    """Bind a request id to the current context."""
    return _request_id.set(value)


def reset_request_id(token: contextvars.Token) -> None:
    """Undo `set_request_id`."""
    _request_id.reset(token)


def new_request_id() -> str:
    """A fresh opaque request id."""
    return uuid.uuid4().hex


def _clean(value: str | None) -> str | None:
    # A caller's id is kept only if it is short and printable, so it cannot poison logs.
    if value and len(value) <= 128 and value.isprintable() and " " not in value:
        return value
    return None


class RequestIdMiddleware:
    """Pure ASGI middleware: cheap enough for the gateway's hot path."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid = None
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                rid = _clean(value.decode("latin-1"))
                break
        rid = rid or new_request_id()
        token = _request_id.set(rid)
        span = trace.get_current_span()  # a service's request span (FastAPI's), if tracing is on
        if span.is_recording():
            span.set_attribute("iuc.request_id", rid)
        raw = rid.encode()

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"x-request-id"]
                headers.append((b"x-request-id", raw))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            _request_id.reset(token)


class RequestIdLogFilter(logging.Filter):
    """Adds `request_id`, `trace_id` and `span_id` to every log record (`-` and "" when there is none)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _request_id.get() or "-"
        # A context variable read: cheap, and INVALID_SPAN when tracing is off (shared/tracing.py).
        ctx = trace.get_current_span().get_span_context()
        if ctx.is_valid:
            record.trace_id, record.span_id = f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}"
            record.trace = f" trace={record.trace_id}"
        else:
            record.trace_id = record.span_id = record.trace = ""
        return True


class JsonLogFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ms), level, service, logger, message, request and trace ids,
    and the traceback as one string, so a log store can index every field."""

    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "service": self.service,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if getattr(record, "trace_id", ""):
            line["trace_id"] = record.trace_id
            line["span_id"] = record.span_id
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return orjson.dumps(line, default=str).decode()


LOG_FORMAT_ENV = "IUC_LOG_FORMAT"
# Loggers uvicorn configures with handlers of their own: sent to ours, so every line has one format.
_UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")


def log_format(value: str | None = None) -> str:
    """`json` or `text`: as `IUC_LOG_FORMAT` (or `value`) says; unset, text on a terminal and JSON
    otherwise (a container, a log file, a collector)."""
    choice = (value if value is not None else os.environ.get(LOG_FORMAT_ENV, "")).strip().lower()
    if choice in ("json", "text"):
        return choice
    if choice not in ("", "auto"):
        raise ValueError(f"{LOG_FORMAT_ENV}={choice!r} is not json, text or auto")
    return "text" if sys.stderr.isatty() else "json"


def configure_logging(level: str = "INFO", service: str = "iuc", fmt: str | None = None) -> None:
    """One log format for every process, JSON or text (`log_format`), with the request id and
    trace id on every line."""
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdLogFilter())
    if log_format(fmt) == "json":
        handler.setFormatter(JsonLogFormatter(service))
    else:
        handler.setFormatter(
            logging.Formatter(f"%(asctime)s %(levelname)s {service} [%(request_id)s%(trace)s] %(name)s: %(message)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in _UVICORN_LOGGERS:
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
