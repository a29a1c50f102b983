"""Security headers on every answer of the gateway: pure ASGI, one pass over the start message.

- `X-Content-Type-Options: nosniff` on every answer: a browser never reads JSON or CSV as HTML.
- `Cache-Control: no-store` on every answer to a request with credentials (an API key or a bearer
  token), unless the service set its own Cache-Control: what a key may read is nobody else's,
  and a service that wants a public answer cached says so explicitly.
- `Content-Security-Policy: default-src 'none'; frame-ancestors 'none'` and `X-Frame-Options: DENY`
  on answers that carry no policy of their own (the API's): nothing in them runs or is framed.
  The docs pages bring their own policy (gateway/docs_pages.py) and keep it.
- `Strict-Transport-Security` only when the gateway is told it is behind TLS
  (IUC_GATEWAY_BEHIND_TLS=true): over plain HTTP the header means nothing, and on a laptop it
  would pin localhost to HTTPS in the browser.
- No `Server` header: a service's is dropped by the proxy and any other here. uvicorn adds its
  own banner after the app, so the gateway runs with `--no-server-header`.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HSTS = b"max-age=31536000; includeSubDomains"
API_CSP = b"default-src 'none'; frame-ancestors 'none'"
_CREDENTIALS = (b"x-api-key", b"authorization")


class SecurityHeaders:
    """Adds the headers above to each answer and removes any `Server` header."""

    def __init__(self, app: ASGIApp, *, behind_tls: bool = False) -> None:
        self.app = app
        self.behind_tls = behind_tls

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        authenticated = any(name in _CREDENTIALS for name, _ in scope["headers"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = self._headers(message.get("headers") or [], authenticated)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _headers(self, headers, authenticated: bool) -> list[tuple[bytes, bytes]]:
        out = []
        names = set()
        for name, value in headers:
            lower = name.lower()
            if lower == b"server":
                continue
            names.add(lower)
            out.append((name, value))
        if b"x-content-type-options" not in names:
            out.append((b"x-content-type-options", b"nosniff"))
        if authenticated and b"cache-control" not in names:
            out.append((b"cache-control", b"no-store"))
        if b"content-security-policy" not in names:
            out.append((b"content-security-policy", API_CSP))
            if b"x-frame-options" not in names:
                out.append((b"x-frame-options", b"DENY"))
        if self.behind_tls and b"strict-transport-security" not in names:
            out.append((b"strict-transport-security", HSTS))
        return out
