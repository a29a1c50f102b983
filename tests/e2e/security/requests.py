"""What a matrix row sends, and the registry of request builders, one per write operation.

A builder is `async (world, operation_id, fresh, actor) -> Request`. `fresh` is True for a row expected to
succeed: its call may consume the resource (an accepted application, a withdrawn opportunity, a
deleted resource), so it gets one of its own; refused rows share one resource per operation, which
they cannot change. Every body is valid for the resource, so the answer is about who calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tests.e2e.security.scenario import World


@dataclass
class Request:
    method: str
    path: str
    json: Any = None
    params: dict[str, str] | None = None
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] | None = None
    basic_auth: tuple[str, str] | None = None
    actor_headers: bool = True  # False: the operation takes other credentials (the OAuth2 token endpoint)


Builder = Callable[[World, str, bool, str], Awaitable[Request]]
BUILDERS: dict[str, Builder] = {}


def builds(*operation_ids: str) -> Callable[[Builder], Builder]:
    """Register a builder for these operationIds."""

    def register(fn: Builder) -> Builder:
        for op in operation_ids:
            assert op not in BUILDERS, f"two builders for {op}"
            BUILDERS[op] = fn
        return fn

    return register


async def resource(w: World, fresh: bool, name: str, make: Callable[[], Awaitable[Any]]) -> Any:
    """A resource of the row's own when it is fresh, else the one the operation's refused rows share."""
    return await make() if fresh else await w.once(name, make)


def taker(w: World, pool: str) -> Callable[[], Awaitable[str]]:
    async def take() -> str:
        return w.take(pool)

    return take
