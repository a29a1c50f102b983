"""Safe defaults of the identity a service verifies: the published development secret refused at
start-up, a partner's organisations in the signed identity, failed verifications throttled per address."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from shared.identity import IDENTITY_HEADER, CurrentIdentity, Identity, Role, sign_identity, verify_identity
from shared.problems import install_problem_handlers
from shared.settings import DEV_IDENTITY_SECRET, ServiceSettings, UnsafeSettings

SECRET = "throttle-secret-" + "0123456789abcdef" * 3


def test_a_partners_organisations_travel_in_the_identity():
    partner = Identity(subject="k", role=Role.partner, organisation_ids=frozenset({"org-1", "org-2"}))
    back = verify_identity(sign_identity(partner, SECRET), SECRET)
    assert back.organisation_ids == {"org-1", "org-2"} and back.acts_for_organisation("org-1")
    assert not back.acts_for_organisation("org-3")
    assert Identity(subject="a", role=Role.admin).acts_for_organisation("org-3")
    # A dashboard with the id in its claims (impossible from the gateway) still acts for nobody.
    assert not Identity(subject="d", role=Role.dashboard, organisation_ids=frozenset({"org-1"})).acts_for_organisation("org-1")


def test_the_development_secret_is_refused_without_the_development_flag():
    with pytest.raises(UnsafeSettings, match="IUC_IDENTITY_SECRET is not set") as exc:
        ServiceSettings(service_name="knowledge").refuse_unsafe_defaults()
    assert "IUC_DEV_MODE=true" in str(exc.value) and "token_urlsafe" in str(exc.value)
    ServiceSettings(service_name="knowledge", IUC_DEV_MODE=True).refuse_unsafe_defaults()
    ServiceSettings(service_name="knowledge", IUC_IDENTITY_SECRET=SECRET).refuse_unsafe_defaults()
    assert ServiceSettings().identity_secret == DEV_IDENTITY_SECRET  # reading settings alone never fails


def _app() -> FastAPI:
    app = FastAPI()
    app.state.settings = ServiceSettings(IUC_IDENTITY_SECRET=SECRET)
    install_problem_handlers(app)

    @app.get("/who")
    async def who(identity: CurrentIdentity) -> dict:
        return {"subject": identity.subject}

    return app


def _client(app: FastAPI, address: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(address, 5000)), base_url="http://svc")


async def test_failed_verifications_from_one_address_are_throttled_but_a_good_identity_passes():
    app = _app()
    forged = sign_identity(Identity(subject="me", role=Role.admin), "guessed-secret-" + "9" * 32)
    good = sign_identity(Identity(subject="gateway-signed", role=Role.dashboard), SECRET)
    async with _client(app, "10.0.0.9") as attacker, _client(app, "10.0.0.10") as other:
        statuses = [(await attacker.get("/who", headers={IDENTITY_HEADER: forged})).status_code for _ in range(12)]
        assert statuses == [401] * 10 + [429] * 2
        r = await attacker.get("/who", headers={IDENTITY_HEADER: forged + "x"})
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
        assert r.json()["code"] == "identity_attempts_throttled"
        # A verified identity from the same address passes (the gateway shares 127.0.0.1 with a local forger).
        r = await attacker.get("/who", headers={IDENTITY_HEADER: good})
        assert r.status_code == 200 and r.json() == {"subject": "gateway-signed"}
        # Another address is counted on its own; a request without an identity is not an attempt.
        assert (await other.get("/who", headers={IDENTITY_HEADER: forged})).status_code == 401
        assert (await attacker.get("/who")).status_code == 401
