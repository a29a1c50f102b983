"""The kit's request metrics (shared/metrics.py) as plain ASGI calls: what is counted, under which route label."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from prometheus_client import REGISTRY

from shared.metrics import (
    METRIC_NAMES,
    UNMATCHED,
    MetricsMiddleware,
    exposition,
    import_tables,
    prefix_template,
    read_breakers,
    router_template,
)


def scope(method: str = "GET", path: str = "/v1/things") -> dict:
    return {
        "type": "http",
        "http_version": "1.1",
        "scheme": "http",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "headers": [],
        "query_string": b"",
    }


async def call(app, s: dict) -> list[dict]:
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    await app(s, receive, send)
    return sent


def count(service: str, route: str, method: str, status: str) -> float:
    labels = {"service": service, "route": route, "method": method, "status": status}
    return REGISTRY.get_sample_value("iuc_http_requests_total", labels) or 0.0


def observed(service: str, route: str, method: str) -> float:
    labels = {"service": service, "route": route, "method": method}
    return REGISTRY.get_sample_value("iuc_http_request_duration_seconds_count", labels) or 0.0


def fastapi_app() -> FastAPI:
    app = FastAPI()

    @app.get("/v1/things/{thing_id}")
    async def get_thing(thing_id: str) -> dict:
        return {"id": thing_id}

    @app.get("/v1/boom")
    async def boom() -> dict:
        raise RuntimeError("a bug")

    return app


async def test_the_route_label_is_the_template_not_the_path() -> None:
    app = MetricsMiddleware(fastapi_app(), "unit-template")
    for thing in ("a", "b", "c"):
        sent = await call(app, scope(path=f"/v1/things/{thing}"))
        assert sent[0]["status"] == 200
    assert count("unit-template", "/v1/things/{thing_id}", "GET", "200") == 3
    assert observed("unit-template", "/v1/things/{thing_id}", "GET") == 3
    assert count("unit-template", "/v1/things/a", "GET", "200") == 0
    text = exposition().body.decode()
    assert 'route="/v1/things/a"' not in text
    assert 'iuc_http_requests_total{method="GET",route="/v1/things/{thing_id}",service="unit-template",status="200"} 3.0' in text


async def test_unknown_paths_share_one_label() -> None:
    app = MetricsMiddleware(fastapi_app(), "unit-unmatched", route_of=router_template(fastapi_app()))
    for path in ("/nope/1", "/nope/2", "/other"):
        sent = await call(app, scope(path=path))
        assert sent[0]["status"] == 404
    assert count("unit-unmatched", UNMATCHED, "GET", "404") == 3


async def test_a_wrong_method_keeps_the_route_template() -> None:
    inner = fastapi_app()
    app = MetricsMiddleware(inner, "unit-method", route_of=router_template(inner))
    sent = await call(app, scope(method="DELETE", path="/v1/things/x"))
    assert sent[0]["status"] == 405
    assert count("unit-method", "/v1/things/{thing_id}", "DELETE", "405") == 1


async def test_an_invented_method_does_not_become_a_label() -> None:
    app = MetricsMiddleware(fastapi_app(), "unit-invented")
    for method in ("FOO", "BAR", "X" * 50):
        await call(app, scope(method=method, path="/v1/things/x"))
    assert count("unit-invented", "/v1/things/{thing_id}", "OTHER", "405") == 3
    assert "FOO" not in exposition().body.decode()


async def test_an_answer_before_routing_is_labelled_by_the_router() -> None:
    """A middleware that answers itself (an idempotent replay, a refused body) never reaches the router."""
    inner = fastapi_app()

    async def refusing(s, receive, send) -> None:
        await send({"type": "http.response.start", "status": 413, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    app = MetricsMiddleware(refusing, "unit-early", route_of=router_template(inner))
    await call(app, scope(method="GET", path="/v1/things/7"))
    assert count("unit-early", "/v1/things/{thing_id}", "GET", "413") == 1


async def test_an_exception_is_counted_as_500_and_still_raised() -> None:
    async def broken(s, receive, send) -> None:
        raise RuntimeError("a bug")

    app = MetricsMiddleware(broken, "unit-broken", route_of=lambda s: "/v1/boom")
    with pytest.raises(RuntimeError):
        await call(app, scope(path="/v1/boom"))
    assert count("unit-broken", "/v1/boom", "GET", "500") == 1
    assert observed("unit-broken", "/v1/boom", "GET") == 1


async def test_other_scopes_pass_uncounted() -> None:
    seen = []

    async def lifespan_app(s, receive, send) -> None:
        seen.append(s["type"])

    app = MetricsMiddleware(lifespan_app, "unit-lifespan")
    await app({"type": "lifespan"}, None, None)
    assert seen == ["lifespan"]
    assert "unit-lifespan" not in exposition().body.decode()


def test_proxied_paths_are_labelled_by_their_owning_prefix() -> None:
    template = prefix_template(["/v1/calls", "/v1/calls/x", "/v1/cities"])
    assert template(scope(path="/v1/calls/123")) == "/v1/calls"
    assert template(scope(path="/v1/calls:search")) == "/v1/calls"
    assert template(scope(path="/v1/calls/x/9")) == "/v1/calls/x"
    assert template(scope(path="/v1/callsign")) is None
    assert template(scope(path="/v1/cities")) == "/v1/cities"


class Breaker:
    def __init__(self, state) -> None:
        self._state = state

    @property
    def state(self):
        if isinstance(self._state, Exception):
            raise self._state
        return self._state


def test_breaker_states_are_read_defensively() -> None:
    read_breakers(None)  # no breakers yet: nothing, and no error
    read_breakers({"unit-a": Breaker("open"), "unit-b": Breaker("half_open"), "unit-c": Breaker(RuntimeError("x"))})

    def value(service: str, state: str) -> float | None:
        return REGISTRY.get_sample_value("iuc_gateway_breaker_state", {"service": service, "state": state})

    assert (value("unit-a", "open"), value("unit-a", "closed"), value("unit-a", "half_open")) == (1, 0, 0)
    assert (value("unit-b", "open"), value("unit-b", "half_open")) == (0, 1)
    assert value("unit-c", "open") is None
    read_breakers({"unit-a": Breaker("closed")})
    assert (value("unit-a", "open"), value("unit-a", "closed")) == (0, 1)


def test_import_tables_are_found_from_the_models() -> None:
    from services.applications.models import Base as ApplicationsBase
    from services.covenant.models import Base as CovenantBase

    assert [t.name for t in import_tables(CovenantBase.metadata)] == ["covenant_imports"]
    assert [t.name for t in import_tables(ApplicationsBase.metadata)] == ["city_imports"]


def test_every_exported_name_is_in_the_exposition() -> None:
    text = exposition().body.decode()
    for name in (
        METRIC_NAMES - {"iuc_http_requests_total"} - {n for n in METRIC_NAMES if n.startswith("iuc_http_request_duration")}
    ):
        assert f"# TYPE {name} gauge" in text
