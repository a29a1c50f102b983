"""Verified identities are remembered only while valid and only for the same secret."""

import time

import jwt
import pytest

from shared.identity import AUDIENCE, ISSUER, Identity, Role, sign_identity, verify_identity
from shared.problems import Problem

SECRET = "a-platform-secret-long-enough-for-hs256-0123456789"


def test_a_verified_token_is_not_trusted_under_another_secret():
    token = sign_identity(Identity(subject="k", role=Role.city, city_id="c1"), SECRET)
    assert verify_identity(token, SECRET).city_id == "c1"
    with pytest.raises(Problem):
        verify_identity(token, "another-secret-that-is-also-long-enough-000000")


def test_an_expired_token_is_refused_even_after_it_was_verified():
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": AUDIENCE, "iat": now - 100, "exp": now - 4, "sub": "k", "role": "admin", "scopes": ["*"]}
    token = jwt.encode(claims, SECRET, algorithm="HS256")
    assert verify_identity(token, SECRET).is_admin  # expired, but within the 5 s leeway
    time.sleep(1.5)  # now past the leeway too
    with pytest.raises(Problem):
        verify_identity(token, SECRET)
