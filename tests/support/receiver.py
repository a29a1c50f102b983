"""A real HTTP receiver for webhook deliveries: an aiohttp server on 127.0.0.1 that keeps what it
was sent and answers what the test tells it (200 by default), and can be stopped and started again
on the same port (a partner system that is down for a while)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web
from standardwebhooks import Webhook

from deploy.stack import free_port


@dataclass(frozen=True)
class Received:
    """One request as it arrived."""

    at: float  # time.time() on arrival
    headers: dict[str, str]
    body: str
    answered: int

    @property
    def webhook_id(self) -> str:
        return self.headers["webhook-id"]

    def verified(self, secret: str) -> dict:
        """The payload, verified with the standardwebhooks library (raises if the signature fails)."""
        return Webhook(secret).verify(self.body, self.headers)


@dataclass
class Receiver:
    """`answer` decides the status of each request (it sees how many came before)."""

    port: int = field(default_factory=free_port)
    answer: Callable[[int], int] = lambda _n: 200
    received: list[Received] = field(default_factory=list)
    _runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.text()
        status = self.answer(len(self.received))
        self.received.append(Received(time.time(), {k.lower(): v for k, v in request.headers.items()}, body, status))
        return web.Response(status=status, text="ok" if status < 300 else "not now")

    async def start(self) -> Receiver:
        app = web.Application()
        app.router.add_post("/hooks", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True).start()
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def ok(self) -> list[Received]:
        """The requests it answered with a 2xx."""
        return [r for r in self.received if 200 <= r.answered < 300]

    def wait_for_now(self, predicate: Callable[[Received], bool]) -> list[Received]:
        """The requests so far that satisfy `predicate`."""
        return [r for r in self.received if predicate(r)]

    async def wait_for(self, predicate: Callable[[Received], bool], timeout: float = 30.0, count: int = 1) -> list[Received]:
        """The requests that satisfy `predicate`, once there are `count` of them (or what came by the timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            found = [r for r in self.received if predicate(r)]
            if len(found) >= count or time.monotonic() > deadline:
                return found
            await asyncio.sleep(0.05)
