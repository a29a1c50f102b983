"""OAuth2 client credentials: the token request, scopes, and bearer tokens at the key check."""

from __future__ import annotations

import base64
import time

import pytest

from gateway import auth, repository
from gateway.auth import KeyAuthenticator
from gateway.keys import identity_of, new_api_key
from gateway.oauth import (
    InvalidToken,
    OAuthError,
    granted_scopes,
    issue_token,
    narrowed,
    parse_token_request,
    token_secret,
    verify_token,
)
from shared.identity import verify_identity
from shared.problems import Problem
from tests.unit.gateway.fakes import NoSession

SECRET = "oauth-test-secret-0123456789-abcdefghijklmnopqrstuv"
FORM = "application/x-www-form-urlencoded"
PEPPER = b"oauth-test-pepper"


def basic(client_id: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()


def test_a_client_authenticates_with_basic_or_in_the_body():
    req = parse_token_request(b"grant_type=client_credentials&scope=cities:read+stats:read", FORM, basic("id-1", "iuc_s"))
    assert (req.client_id, req.client_secret, req.scopes) == ("id-1", "iuc_s", frozenset({"cities:read", "stats:read"}))
    body = b"grant_type=client_credentials&client_id=id-2&client_secret=iuc_t"
    req = parse_token_request(body, FORM + "; charset=utf-8", None)
    assert (req.client_id, req.client_secret, req.scopes) == ("id-2", "iuc_t", None)
    # RFC 6749, 2.3.1: the Basic parts are form-urlencoded first.
    assert parse_token_request(b"grant_type=client_credentials", FORM, basic("a%3Ab", "x+y")).client_id == "a:b"


@pytest.mark.parametrize(
    ("body", "content_type", "authorization", "error", "status"),
    [
        (b"grant_type=client_credentials", "application/json", basic("i", "s"), "invalid_request", 400),
        (b"scope=x", FORM, basic("i", "s"), "invalid_request", 400),
        (b"grant_type=password", FORM, basic("i", "s"), "unsupported_grant_type", 400),
        (b"grant_type=client_credentials&grant_type=client_credentials", FORM, basic("i", "s"), "invalid_request", 400),
        (b"grant_type=client_credentials&client_id=i", FORM, basic("i", "s"), "invalid_request", 400),
        (b"grant_type=client_credentials", FORM, None, "invalid_client", 401),
        (b"grant_type=client_credentials", FORM, "Basic not-base64!", "invalid_client", 401),
    ],
)
def test_a_request_that_is_not_client_credentials_gets_the_rfc_6749_error(body, content_type, authorization, error, status):
    with pytest.raises(OAuthError) as caught:
        parse_token_request(body, content_type, authorization)
    assert (caught.value.error, caught.value.status) == (error, status)
    assert caught.value.body()["error"] == error


def test_a_token_may_carry_fewer_scopes_than_its_key_never_more():
    row, _ = new_api_key("partner-x", "partner", pepper=PEPPER)
    identity = identity_of(row)
    assert granted_scopes(identity, None) == identity.scopes
    assert granted_scopes(identity, frozenset({"covenant:read"})) == {"covenant:read"}
    with pytest.raises(OAuthError) as caught:
        granted_scopes(identity, frozenset({"covenant:read", "covenant:write"}))
    assert caught.value.error == "invalid_scope" and "covenant:write" in caught.value.description
    admin = identity_of(new_api_key("admin-x", "admin", pepper=PEPPER)[0])
    assert granted_scopes(admin, frozenset({"covenant:write"})) == {"covenant:write"}  # through "*"
    assert narrowed(admin, frozenset({"covenant:write"})).scopes == {"covenant:write"}


def test_tokens_verify_only_with_their_key_and_until_they_expire():
    secret = token_secret(SECRET)
    token = issue_token(secret, "client-1", frozenset({"stats:read"}), ttl=60)
    claims = verify_token(secret, token)
    assert (claims.client_id, claims.scopes) == ("client-1", {"stats:read"})
    with pytest.raises(InvalidToken, match="not valid"):
        verify_token(token_secret("another-platform-secret-0123456789abcdef"), token)
    with pytest.raises(Problem):
        verify_identity(token, SECRET)  # an access token is no forwarded identity
    old = issue_token(secret, "client-1", frozenset(), ttl=60, now=time.time() - 120)
    with pytest.raises(InvalidToken, match="expired"):
        verify_token(secret, old)


@pytest.fixture
def rows(monkeypatch) -> dict:
    by_id: dict = {}

    async def key_by_id(_session, key_id):
        return by_id.get(key_id)

    monkeypatch.setattr(repository, "key_by_id", key_by_id)
    return by_id


async def test_a_bearer_token_stands_for_its_key_with_the_token_scopes(rows):
    row, _ = new_api_key("office", "covenant_office", regional_covenant="europe", pepper=PEPPER)
    rows[row.id] = row
    keys = KeyAuthenticator(NoSession(), SECRET, pepper=PEPPER)
    token = issue_token(token_secret(SECRET), row.id, frozenset({"covenant:read"}), ttl=60).encode()

    forwarded = verify_identity(await keys.token_for_bearer(token), SECRET)

    assert (forwarded.subject, forwarded.regional_covenant, forwarded.scopes) == (row.id, "europe", {"covenant:read"})
    assert keys.bearer_client(token) == row.id


async def test_a_bearer_token_of_a_revoked_or_unknown_key_or_an_expired_one_is_refused(rows):
    row, _ = new_api_key("gone", "partner", pepper=PEPPER)
    row.revoked_at = "then"
    rows[row.id] = row
    keys = KeyAuthenticator(NoSession(), SECRET, pepper=PEPPER)
    secret = token_secret(SECRET)
    assert await keys.token_for_bearer(issue_token(secret, row.id, frozenset(), ttl=60).encode()) is None
    assert await keys.token_for_bearer(issue_token(secret, "no-such-key", frozenset(), ttl=60).encode()) is None
    with pytest.raises(InvalidToken, match="expired"):
        await keys.token_for_bearer(issue_token(secret, row.id, frozenset(), ttl=60, now=time.time() - 61).encode())
    with pytest.raises(InvalidToken):
        await keys.token_for_bearer(b"not.a.token")


async def test_a_cached_bearer_token_is_refused_once_it_expires(rows, monkeypatch):
    row, _ = new_api_key("dash", "dashboard", pepper=PEPPER)
    rows[row.id] = row
    keys = KeyAuthenticator(NoSession(), SECRET, pepper=PEPPER, cache_seconds=300)
    token = issue_token(token_secret(SECRET), row.id, frozenset(), ttl=60).encode()
    assert await keys.token_for_bearer(token)  # now in the cache for 300 s

    later = time.time() + 61
    monkeypatch.setattr(auth.time, "time", lambda: later)
    with pytest.raises(InvalidToken, match="expired"):
        await keys.token_for_bearer(token)
