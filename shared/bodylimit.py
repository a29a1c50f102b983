"""Request bodies bounded by their operation's limit (shared/limits.py), in pure ASGI.

`BodyLimitMiddleware` wraps `receive`: a declared Content-Length over the limit answers 413 at
once, without reading; a body that passes the limit while it streams (chunked, or a client
that lies) is refused as soon as it does, so no process ever holds more than the limit of one
request. It sits outside the kit's idempotency middleware, which reads whole bodies.

A refused request is answered the way servers close connections they stop reading (a
"lingering close", as nginx and Apache do): the 413 goes out at once with `Connection: close`,
then what the client still sends is read and dropped for up to `LINGER_SECONDS` (while it keeps
sending), and only then is the connection closed. Closing at once would make the kernel reset the connection over the
unread bytes, and a client still sending (httpx, requests) would see the reset, not the 413.

Starlette's own RequestBodyLimitMiddleware (FastAPI's `max_body_size`) answers plain text,
reads a too-long declared body until the app first asks for it, and works per route, behind
our idempotency middleware: see docs/decisions/0017-body-and-field-limits.md.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import orjson
from starlette.requests import ClientDisconnect

from shared.limits import body_limit, too_large_detail
from shared.problems import PROBLEM_JSON, Problem, problem_body

# How long the rest of a refused body is read and dropped before the connection closes, and how
# long the client may pause meanwhile (nginx's lingering_time and lingering_timeout: 30 s and 5 s).
LINGER_SECONDS = 30.0
LINGER_IDLE_SECONDS = 5.0


class BodyTooLarge(Problem):
    """A request body passed its operation's limit (raised from `receive`, answered 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large_detail(limit), limit_bytes=limit)
        self.limit = limit


def declared_length(scope) -> int | None:
    """The request's Content-Length, if it sends a valid one (the HTTP server refuses an invalid one)."""
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


async def refuse_body(receive, send, limit: int, instance: str, linger: float = LINGER_SECONDS) -> None:
    """Answer 413 problem+json now, then close the connection once the client has stopped sending
    (or after `linger` seconds of dropping what it sends)."""
    await send_refusal(send, limit, instance)
    await finish_refusal(receive, send, linger)


async def send_refusal(send, limit: int, instance: str) -> None:
    """The 413's head and whole body, the answer left open for `finish_refusal`."""
    body = orjson.dumps(problem_body(413, too_large_detail(limit), instance=instance, limit_bytes=limit))
    headers = [
        (b"content-type", PROBLEM_JSON.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    # Every byte of the answer is sent (Content-Length says so): the client can read it now.
    await send({"type": "http.response.body", "body": body, "more_body": True})


async def finish_refusal(receive, send, linger: float = LINGER_SECONDS) -> None:
    """Drop what the client still sends, for up to `linger` seconds and as long as it does not pause
    for `LINGER_IDLE_SECONDS`, then end the answer (which closes the connection: it said `Connection: close`)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + linger
    while (left := deadline - loop.time()) > 0:
        try:
            message = await asyncio.wait_for(receive(), min(left, LINGER_IDLE_SECONDS))
        except TimeoutError:
            break
        if message["type"] != "http.request" or not message.get("more_body"):
            break
    await send({"type": "http.response.body", "body": b""})


class BodyLimitMiddleware:
    """Pure ASGI: every HTTP request's body bounded by its operation's limit."""

    def __init__(self, app, limit_of: Callable[[str, str], int] = body_limit, linger: float = LINGER_SECONDS) -> None:
        self.app = app
        self.limit_of = limit_of
        self.linger = linger

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.limit_of(scope["method"], scope["path"])
        declared = declared_length(scope)
        if declared is not None and declared > limit:
            return await refuse_body(receive, send, limit, scope["path"], self.linger)

        received = 0
        complete = refused = started = False

        async def limited_receive():
            nonlocal received, complete, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    if not started and not refused:
                        refused = True
                        await send_refusal(send, limit, scope["path"])
                    raise BodyTooLarge(limit)
                complete = not message.get("more_body", False)
            elif message["type"] == "http.disconnect" and not complete:
                # A body cut short is never handed on as if it were whole (the idempotency
                # middleware would run the request with what arrived).
                raise ClientDisconnect()
            return message

        async def guarded_send(message):
            nonlocal started
            if refused:
                return  # the 413 is the answer; whatever the app makes of the error is dropped
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except ClientDisconnect:
            return  # nobody is left to answer
        except BodyTooLarge:
            if not refused:
                raise  # the app had started its answer: it cannot be a 413 any more
        if refused:
            await finish_refusal(receive, send, self.linger)
