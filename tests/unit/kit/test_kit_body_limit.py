"""The kit's body limit (shared/bodylimit.py) as plain ASGI calls: what the app is handed, what the caller gets."""

from __future__ import annotations

import asyncio

import orjson
import pytest
from fastapi import FastAPI, Request
from starlette.requests import ClientDisconnect

from shared.bodylimit import BodyLimitMiddleware, BodyTooLarge, finish_refusal
from shared.problems import PROBLEM_JSON, install_problem_handlers

LIMIT = 1000


def scope(method: str = "POST", path: str = "/v1/things", headers: list[tuple[bytes, bytes]] = ()) -> dict:
    return {
        "type": "http",
        "http_version": "1.1",
        "scheme": "http",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "headers": list(headers),
        "query_string": b"",
    }


class Client:
    """The server's side of one request: hands out `chunks`, then what `after` says, and records what is sent.

    after: "done" (the last chunk ends the body), "cut" (the client goes away before the end),
    "more" (the client keeps the connection but sends nothing more)."""

    def __init__(self, chunks: list[bytes], after: str = "disconnect") -> None:
        self.chunks = list(chunks)
        self.after = after
        self.taken = 0  # body bytes the middleware took from the server
        self.sent: list[dict] = []

    async def receive(self) -> dict:
        if self.chunks:
            body = self.chunks.pop(0)
            self.taken += len(body)
            return {"type": "http.request", "body": body, "more_body": bool(self.chunks) or self.after != "done"}
        if self.after == "more":
            await asyncio.Event().wait()  # a client that stops sending without finishing
        return {"type": "http.disconnect"}

    async def send(self, message: dict) -> None:
        self.sent.append(message)

    @property
    def status(self) -> int:
        return next(m["status"] for m in self.sent if m["type"] == "http.response.start")

    @property
    def headers(self) -> dict[bytes, bytes]:
        return dict(next(m["headers"] for m in self.sent if m["type"] == "http.response.start"))

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.sent if m["type"] == "http.response.body")

    @property
    def finished(self) -> bool:
        last = self.sent[-1]
        return last["type"] == "http.response.body" and not last.get("more_body")


class Reader:
    """An app that reads the whole body, then answers 200 with its length."""

    def __init__(self) -> None:
        self.called = False
        self.got = b""
        self.error: BaseException | None = None

    async def __call__(self, scope, receive, send) -> None:
        self.called = True
        try:
            while True:
                message = await receive()
                self.got += message.get("body", b"")
                if not message.get("more_body"):
                    break
        except Exception as exc:  # noqa: BLE001 - kept for the test to look at
            self.error = exc
            # What an app makes of the error (FastAPI: a 400) must not reach the caller.
            await send({"type": "http.response.start", "status": 400, "headers": []})
            await send({"type": "http.response.body", "body": b"app's own answer"})
            return
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(len(self.got)).encode()})


def limited(app, linger: float = 0.05) -> BodyLimitMiddleware:
    return BodyLimitMiddleware(app, limit_of=lambda method, path: LIMIT, linger=linger)


def assert_413(client: Client) -> dict:
    assert client.status == 413
    assert client.headers[b"content-type"] == PROBLEM_JSON.encode()
    assert client.headers[b"connection"] == b"close"
    problem = orjson.loads(client.body)
    assert problem["status"] == 413 and problem["limit_bytes"] == LIMIT
    assert problem["detail"] == "The request body is larger than 1000 bytes, the limit for this operation."
    assert int(client.headers[b"content-length"]) == len(client.body)
    assert client.finished
    return problem


async def test_a_declared_length_over_the_limit_is_refused_before_the_app_or_the_body():
    app, client = Reader(), Client([b"x" * 600, b"x" * 600], after="done")
    await limited(app)(scope(headers=[(b"content-length", b"1200")]), client.receive, client.send)
    assert not app.called
    assert_413(client)
    # The rest of the body is read and dropped (the lingering close), never handed to anyone.
    assert client.taken == 1200 and app.got == b""


async def test_a_streamed_body_is_refused_as_soon_as_it_passes_the_limit():
    app, client = Reader(), Client([b"a" * 400, b"b" * 400, b"c" * 400, b"d" * 400], after="done")
    await limited(app)(scope(), client.receive, client.send)
    assert isinstance(app.error, BodyTooLarge)
    assert len(app.got) == 800  # never more than the limit
    assert_413(client)
    assert b"app's own answer" not in client.body
    assert [m["type"] for m in client.sent].count("http.response.start") == 1


async def test_a_body_within_the_limit_reaches_the_app_whole():
    app, client = Reader(), Client([b"a" * 500, b"b" * 500], after="done")
    await limited(app)(scope(headers=[(b"content-length", b"1000")]), client.receive, client.send)
    assert app.got == b"a" * 500 + b"b" * 500 and app.error is None
    assert client.status == 200 and client.body == b"1000"


async def test_a_body_cut_short_is_a_disconnect_never_a_whole_body():
    # The idempotency middleware reads until more_body is false: a disconnect must not look like the end.
    app, client = Reader(), Client([b'{"title": "x"}   '], after="cut")
    await limited(app)(scope(), client.receive, client.send)
    assert isinstance(app.error, ClientDisconnect)
    assert client.status == 400  # the app's own answer, to nobody: never a 200 for half a body


async def test_the_lingering_close_stops_when_the_client_keeps_the_connection_without_sending():
    client = Client([b"x" * 10], after="more")
    await asyncio.wait_for(finish_refusal(client.receive, client.send, linger=0.05), 5)
    assert client.sent == [{"type": "http.response.body", "body": b""}]


async def test_other_traffic_passes_untouched():
    seen = []

    async def app(scope, receive, send):
        seen.append(scope["type"])

    await limited(app)({"type": "lifespan"}, None, None)
    assert seen == ["lifespan"]


def fastapi_app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)

    @app.post("/v1/things")
    async def create_thing(body: dict) -> dict:
        return {"keys": len(body)}

    @app.post("/v1/things/raw")
    async def raw_thing(request: Request) -> dict:
        n = 0
        async for chunk in request.stream():
            n += len(chunk)
        return {"bytes": n}

    app.add_middleware(BodyLimitMiddleware, limit_of=lambda method, path: LIMIT, linger=0.05)
    return app


@pytest.mark.parametrize("path", ["/v1/things", "/v1/things/raw"])
async def test_a_fastapi_route_answers_the_413_problem_not_its_own_400_or_500(path):
    body = orjson.dumps({"padding": "x" * 2000})
    client = Client([body[:700], body[700:1400], body[1400:]], after="done")
    await fastapi_app()(scope(path=path, headers=[(b"content-type", b"application/json")]), client.receive, client.send)
    problem = assert_413(client)
    assert problem["instance"] == path


async def test_a_fastapi_route_within_the_limit_works():
    client = Client([b'{"a": 1, "b": 2}'], after="done")
    headers = [(b"content-type", b"application/json"), (b"content-length", b"16")]
    await fastapi_app()(scope(headers=headers), client.receive, client.send)
    assert client.status == 200 and orjson.loads(client.body) == {"keys": 2}
