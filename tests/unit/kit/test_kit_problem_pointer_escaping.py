"""BUG REPRODUCTION (shared/problems.py, _pointer): `errors[].pointer` is not an RFC 6901
JSON pointer when a key holds "/" or "~": {"limits": {"a/b": "x"}} gives "/limits/a/b",
which points at limits.a.b, a member that does not exist. RFC 6901 escapes "~" as "~0"
and "/" as "~1".
"""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

from shared.problems import install_problem_handlers


class Limits(BaseModel):
    limits: dict[str, int]


async def test_pointers_escape_slash_and_tilde():
    app = FastAPI()
    install_problem_handlers(app)

    @app.post("/v1/limits")
    async def set_limits(body: Limits) -> dict:
        return {}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.post("/v1/limits", json={"limits": {"a/b": "x", "c~d": "y"}})
    assert r.status_code == 422
    assert sorted(e["pointer"] for e in r.json()["errors"]) == ["/limits/a~1b", "/limits/c~0d"]
