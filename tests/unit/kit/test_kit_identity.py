"""The identity the gateway signs and services verify; scopes with wildcards."""

from __future__ import annotations

import httpx
import jwt
import pytest
from fastapi import Depends, FastAPI

from shared.identity import (
    AUDIENCE,
    IDENTITY_HEADER,
    CurrentIdentity,
    Identity,
    Role,
    require_scopes,
    sign_identity,
    verify_identity,
)
from shared.problems import Problem, install_problem_handlers

SECRET = "unit-secret-" + "0123456789abcdef" * 4  # long enough for HS512 too
OTHER = "another-secret-0123456789abcdef0123456"

ALICE = Identity(subject="key-1", role=Role.city, scopes=frozenset({"cities:read", "applications:*"}), city_id="c-1", name="Lyon")


def test_sign_and_verify_round_trip():
    assert verify_identity(sign_identity(ALICE, SECRET), SECRET) == ALICE


@pytest.mark.parametrize(
    "token",
    [
        sign_identity(ALICE, OTHER),  # signed with another secret
        sign_identity(ALICE, SECRET, ttl_seconds=-60),  # expired (beyond the 5 s leeway)
        jwt.encode({"sub": "x", "role": "admin", "aud": "someone-else", "iss": "iuc-gateway", "exp": 2**40}, SECRET),
        jwt.encode({"sub": "x", "role": "emperor", "aud": AUDIENCE, "iss": "iuc-gateway", "exp": 2**40}, SECRET),
        jwt.encode({"sub": "x", "role": "admin", "aud": AUDIENCE, "iss": "iuc-gateway", "exp": 2**40}, SECRET, algorithm="HS512"),
        "not-a-jwt",
    ],
    ids=["other-secret", "expired", "wrong-audience", "unknown-role", "other-algorithm", "garbage"],
)
def test_tokens_that_do_not_verify_are_401(token):
    with pytest.raises(Problem) as info:
        verify_identity(token, SECRET)
    assert info.value.status == 401


async def test_services_answer_401_without_a_verified_identity():
    app = FastAPI()
    app.state.settings = type("S", (), {"identity_secret": SECRET})()
    install_problem_handlers(app)

    @app.get("/v1/me")
    async def me(identity: CurrentIdentity) -> dict:
        return {"subject": identity.subject}

    @app.get("/v1/covenant", dependencies=[Depends(require_scopes("covenant:read"))])
    async def covenant() -> dict:
        return {}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        assert (await c.get("/v1/me", headers={IDENTITY_HEADER: sign_identity(ALICE, SECRET)})).json() == {"subject": "key-1"}
        for headers in ({}, {IDENTITY_HEADER: sign_identity(ALICE, OTHER)}, {IDENTITY_HEADER: sign_identity(ALICE, SECRET, -60)}):
            r = await c.get("/v1/me", headers=headers)
            assert r.status_code == 401
            assert r.headers["content-type"] == "application/problem+json"
        forbidden = await c.get("/v1/covenant", headers={IDENTITY_HEADER: sign_identity(ALICE, SECRET)})
        assert forbidden.status_code == 403


@pytest.mark.parametrize(
    ("scopes", "scope", "held"),
    [
        ({"*"}, "anything:write", True),
        ({"cities:read"}, "cities:read", True),
        ({"cities:read"}, "cities:write", False),
        ({"applications:*"}, "applications:write", True),
        ({"applications:*"}, "cities:read", False),
        ({"cities:*"}, "citiesx:read", False),
        (set(), "cities:read", False),
    ],
)
def test_has_scope_with_wildcards(scopes, scope, held):
    assert Identity(subject="k", role=Role.partner, scopes=frozenset(scopes)).has_scope(scope) is held
