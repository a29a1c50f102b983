"""The SDK client the commands share, answers as problems, and the exit codes.

Every command calls a generated operation (`iuc_client.api.<tag>.<operationId>`) through
`call()`, which returns the HTTP answer whatever the generated parser made of it: a problem
(RFC 9457) is read from the body itself, so an error prints its title and detail even where
the document does not yet declare that status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx
from iuc_client import AuthenticatedClient
from rich.console import Console

DEFAULT_URL = "http://127.0.0.1:8000"

# Exit codes: the conventions of sysexits-minded command lines (and of click/typer for usage).
OK, FAILURE, USAGE, INTERRUPTED = 0, 1, 2, 130

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


class Failure(Exception):
    """The API (or the network) refused what the command asked: printed, exit 1."""

    def __init__(self, title: str, detail: str | None = None, *, status: int | None = None, errors: list | None = None):
        super().__init__(title)
        self.title, self.detail, self.status, self.errors = title, detail, status, errors or []


class UsageError(Exception):
    """The command line or its file cannot be used: printed, exit 2."""


@dataclass
class Answer:
    """One HTTP answer: its status, headers, body and what the SDK parsed (None if it could not)."""

    status: int
    headers: httpx.Headers
    content: bytes
    parsed: Any = None

    def json(self) -> Any:
        return json.loads(self.content) if self.content else None

    def problem(self, doing: str) -> Failure:
        """This error answer as a Failure with the problem's title and detail."""
        try:
            body = self.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and ("title" in body or "detail" in body):
            detail = body.get("detail")
            return Failure(
                str(body.get("title") or f"HTTP {self.status}"),
                detail if isinstance(detail, str) else json.dumps(detail),
                status=self.status,
                errors=body.get("errors") or [],
            )
        text = self.content.decode("utf-8", "replace").strip()[:300]
        return Failure(f"HTTP {self.status} while {doing}", text or None, status=self.status)


class Api:
    """The SDK's AuthenticatedClient for one gateway and key, and calls that always give an Answer."""

    def __init__(self, url: str, api_key: str | None, *, timeout: float = 120.0) -> None:
        self.url = url.rstrip("/")
        self._last: httpx.Response | None = None
        self.client = AuthenticatedClient(
            base_url=self.url,
            token=api_key or "",
            prefix="",
            auth_header_name="X-API-Key",
            timeout=httpx.Timeout(timeout, connect=10.0),
            raise_on_unexpected_status=False,
            httpx_args={"event_hooks": {"response": [self._remember]}},
        )
        self.has_key = bool(api_key)

    def _remember(self, response: httpx.Response) -> None:
        self._last = response

    def call(self, operation: Any, doing: str, **kwargs: Any) -> Answer:
        """Run `operation.sync_detailed(client, **kwargs)`; network failures become a Failure."""
        if not self.has_key:
            raise UsageError("No API key: set IUC_API_KEY or pass --api-key.")
        self._last = None
        try:
            r = operation.sync_detailed(client=self.client, **kwargs)
            return Answer(int(r.status_code), r.headers, r.content, r.parsed)
        except httpx.HTTPError as exc:
            raise Failure(f"Cannot reach {self.url}", f"{type(exc).__name__}: {exc}") from exc
        except (KeyError, TypeError, ValueError, AttributeError):
            # The SDK could not parse this answer into its model (a status or body the document
            # does not describe yet): the answer itself is still there.
            last = self._last
            if last is None:
                raise
            last.read()
            return Answer(last.status_code, last.headers, last.content)

    def ok(self, operation: Any, doing: str, *, expect: tuple[int, ...] = (200,), **kwargs: Any) -> Answer:
        """`call`, and a Failure unless the status is one of `expect`."""
        answer = self.call(operation, doing, **kwargs)
        if answer.status not in expect:
            raise answer.problem(doing)
        return answer

    def close(self) -> None:
        self.client.get_httpx_client().close()


def print_failure(f: Failure) -> None:
    """The problem's title and detail (and its first field errors) on stderr."""
    status = f" ({f.status})" if f.status else ""
    err.print(f"[bold red]Error{status}: {f.title}[/]")
    if f.detail:
        err.print(f.detail)
    for e in f.errors[:10]:
        where = e.get("pointer") or e.get("rule") or ""
        err.print(f"  - {where}: {e.get('detail', e)}" if where else f"  - {e.get('detail', e)}")
