"""Request ids: taken from `X-Request-ID` or made, put on every response and log line."""

from __future__ import annotations

import contextvars
import logging
import uuid

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
    """Adds `request_id` to every log record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _request_id.get() or "-"
        return True


def configure_logging(level: str = "INFO", service: str = "iuc") -> None:
    """One log format for every process: time, level, service, request id, message."""
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdLogFilter())
    handler.setFormatter(logging.Formatter(f"%(asctime)s %(levelname)s {service} [%(request_id)s] %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
