"""A lost race is an honest 4xx, never a 500: a stale versioned write is 412, two creates of
the same thing at once are 409."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from shared.problems import install_problem_handlers


async def test_races_answer_412_and_409_as_problems():
    app = FastAPI()
    install_problem_handlers(app)

    @app.patch("/stale")
    async def stale() -> None:
        raise StaleDataError("UPDATE statement on table 'cities' expected to update 1 row(s); 0 were matched.")

    @app.put("/duplicate")
    async def duplicate() -> None:
        raise IntegrityError("INSERT INTO signatories ...", {}, Exception("UNIQUE constraint failed: signatories.gcom_id"))

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        r = await client.patch("/stale")
        assert r.status_code == 412 and r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["type"].endswith("/precondition-failed")
        r = await client.put("/duplicate")
        assert r.status_code == 409 and r.json()["type"].endswith("/conflict")
        assert "UNIQUE" not in r.text  # no database internals in the answer
