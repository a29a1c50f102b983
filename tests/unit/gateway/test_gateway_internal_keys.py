"""`GET /_internal/keys/{id}`: the state of a key, for the platform's services (the webhooks service
stops delivering to the endpoints of a revoked key); only a request signed with the platform secret
as a service identity gets an answer, and the route is not in the published contract."""

from __future__ import annotations

from gateway import repository
from shared.identity import IDENTITY_HEADER, Identity, Role, sign_identity


def signed(secret: str, role: Role = Role.admin) -> dict[str, str]:
    return {IDENTITY_HEADER: sign_identity(Identity(subject="webhooks", role=role, scopes=frozenset({"*"})), secret)}


async def test_a_service_learns_whether_a_key_is_active_and_then_revoked(client, store_key, identity_secret, is_problem):
    row, _ = await store_key("webhook owner", "partner")
    r = await client.get(f"/_internal/keys/{row.id}", headers=signed(identity_secret))
    assert r.status_code == 200 and r.json() == {"id": row.id, "active": True}
    async with store_key.sessionmaker() as session, session.begin():
        repository.revoke(await repository.key_by_id(session, row.id))
    r = await client.get(f"/_internal/keys/{row.id}", headers=signed(identity_secret))
    assert r.status_code == 200 and r.json() == {"id": row.id, "active": False}
    is_problem(await client.get("/_internal/keys/no-such-key", headers=signed(identity_secret)), 404)


async def test_callers_without_the_platform_secret_get_nothing(client, store_key, admin_headers, identity_secret, is_problem):
    row, key = await store_key("someone", "partner")
    path = f"/_internal/keys/{row.id}"
    is_problem(await client.get(path), 401)
    is_problem(await client.get(path, headers=admin_headers), 401)  # an API key is not a service identity
    is_problem(await client.get(path, headers={"X-API-Key": key}), 401)
    is_problem(await client.get(path, headers=signed("another-secret-" + "x" * 40)), 401)
    is_problem(await client.get(path, headers=signed(identity_secret, Role.partner)), 403)


async def test_the_route_is_not_in_the_published_contract(client, admin_headers):
    spec = (await client.get("/openapi.json", headers=admin_headers)).json()
    assert not [p for p in spec["paths"] if p.startswith("/_internal")]
