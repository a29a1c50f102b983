"""The test-only clock control moves a service's clock, and exists only when switched on."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient

from shared.clock import Clock, clock_control_router


def app_with_clock(control: bool) -> FastAPI:
    app = FastAPI()
    app.state.clock = Clock()
    if control:
        app.include_router(clock_control_router)
    return app


def test_the_clock_moves_forward_when_control_is_on():
    app = app_with_clock(True)
    before = app.state.clock.today()
    r = TestClient(app).put("/_test/clock", json={"offset_days": 40})
    assert r.status_code == 200
    assert app.state.clock.offset == timedelta(days=40)
    assert (app.state.clock.today() - before).days in (40, 41)
    assert TestClient(app).put("/_test/clock", json={"offset_days": -1}).status_code == 422


def test_without_control_there_is_no_such_route():
    assert TestClient(app_with_clock(False)).put("/_test/clock", json={"offset_days": 40}).status_code == 404
