"""A partner's journey through the SDK generated from our OpenAPI (sdk/iuc_client), used unmodified.

Every call is a generated operation; bodies are the generated models (built with their own
`from_dict`, the class looked up on the operation so the test names operations, not schema
titles); answers are checked as the typed models the SDK parses, problems included.
"""

from __future__ import annotations

import time
import typing
from datetime import date, timedelta
from typing import Any

import pytest
from iuc_client import AuthenticatedClient
from iuc_client.api.action_plans import get_action_plan, list_action_plans
from iuc_client.api.applications import (
    accept_application,
    create_application,
    get_city,
    open_call,
    register_city,
    review_application,
    submit_application,
    update_city,
)
from iuc_client.api.pairing import accept_pairing, list_pairing_city_profiles, run_pairing_round
from iuc_client.models import Problem

from tests.support.journey import unique
from tests.support.platform import create_key


def body(operation: Any, data: dict[str, Any]) -> Any:
    """`data` as the generated model `operation` takes for its body."""
    hint = typing.get_type_hints(operation.sync_detailed)["body"]
    [model] = [c for c in (typing.get_args(hint) or (hint,)) if hasattr(c, "from_dict")]
    return model.from_dict(data)


def sdk(stack, key: str) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=f"http://127.0.0.1:{stack.gateway_port}",
        token=key,
        prefix="",
        auth_header_name="X-API-Key",
        raise_on_unexpected_status=True,
    )


def ok(response, status: int = 200):
    """The typed answer of a call that must succeed with `status`."""
    assert response.status_code == status, (response.status_code, response.content[:500])
    assert response.parsed is not None and not isinstance(response.parsed, Problem), response.parsed
    return response.parsed


def poll(fetch, done, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if done(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.3)


@pytest.fixture(scope="module")
def admin(stack) -> AuthenticatedClient:
    return sdk(stack, stack.admin_api_key)


def test_a_partner_journey_through_the_generated_client(stack, admin, reviewer_key):
    reviewer = sdk(stack, reviewer_key)
    today = date.today()
    call = ok(
        open_call.sync_detailed(
            client=admin,
            body=body(
                open_call,
                {
                    "title": unique("SDK pairing call"),
                    "component": "city_pairing",
                    "opens_on": (today - timedelta(days=5)).isoformat(),
                    "closes_on": (today + timedelta(days=60)).isoformat(),
                    "eligible_regions": ["eu", "latin_america_caribbean"],
                    "themes": ["climate", "mobility"],
                },
            ),
        ),
        201,
    )

    cities = []
    for country, name in (("FR", "Nantes"), ("CO", "Pereira")):
        city = ok(
            register_city.sync_detailed(
                client=admin,
                body=body(
                    register_city,
                    {"name": unique(name), "country_code": country, "population": 420_000, "themes": ["climate", "mobility"]},
                ),
            ),
            201,
        )
        own = sdk(stack, create_key(stack, "city", city_id=city.id))
        application = ok(
            create_application.sync_detailed(
                client=own,
                body=body(
                    create_application,
                    {
                        "call_id": call.id,
                        "city_id": city.id,
                        "title": "Cooler streets together",
                        "summary": "Exchange on urban heat and low-car districts.",
                        "themes": ["climate"],
                        "planned_cooperation_months": 18,
                    },
                ),
            ),
            201,
        )
        assert str(ok(submit_application.sync_detailed(application.id, client=own)).state) == "submitted"
        review = {"scores": {"relevance": 5, "feasibility": 4}, "recommendation": "yes", "comment": "Strong fit."}
        ok(review_application.sync_detailed(application.id, client=reviewer, body=body(review_application, review)), 201)
        accepted = ok(
            accept_application.sync_detailed(
                application.id, client=admin, body=body(accept_application, {"reason": "Scores well on every criterion."})
            )
        )
        assert str(accepted.state) == "accepted"
        cities.append((city, own))

    profiles = poll(
        lambda: ok(list_pairing_city_profiles.sync_detailed(client=admin, call_id=call.id)).items, lambda items: len(items) >= 2
    )
    assert {p.id for p in profiles} == {c.id for c, _ in cities}  # learned from application.accepted events

    pairing_round = ok(
        run_pairing_round.sync_detailed(client=admin, body=body(run_pairing_round, {"call_id": call.id, "solver": "optimal"})),
        201,
    )
    [proposal] = pairing_round.proposals
    states = [str(ok(accept_pairing.sync_detailed(proposal.id, client=own)).state) for _, own in cities]
    assert states == ["accepted_by_one", "confirmed"]

    plans = poll(
        lambda: ok(list_action_plans.sync_detailed(client=admin, pairing_id=proposal.id)).items, lambda items: len(items) >= 2
    )
    city, own = cities[0]
    [mine] = [p for p in plans if p.city_id == city.id]
    plan = ok(get_action_plan.sync_detailed(mine.id, client=own))
    assert (plan.city_id, str(plan.state), plan.partner.id) == (city.id, "draft", cities[1][0].id)

    # A 422: the server refuses what the schema cannot say; the SDK hands back a typed problem.
    refused = register_city.sync_detailed(
        client=admin, body=body(register_city, {"name": unique("Nowhere"), "country_code": "ZZ", "population": 1})
    )
    assert refused.status_code == 422 and isinstance(refused.parsed, Problem), refused.content
    assert refused.parsed.status == 422 and refused.parsed.title and refused.parsed.errors

    # A 412: a stale If-Match.
    current = get_city.sync_detailed(city.id, client=admin)
    etag = current.headers["etag"]
    assert etag == f'"{ok(current).version}"'
    change = body(update_city, {"population": 430_000})
    stale = update_city.sync_detailed(city.id, client=admin, body=change, if_match='"999999"')
    assert stale.status_code == 412 and isinstance(stale.parsed, Problem), stale.content
    assert stale.parsed.status == 412 and stale.parsed.title
    assert ok(update_city.sync_detailed(city.id, client=admin, body=change, if_match=etag)).population == 430_000


# The contract (HTTP, docs pages, SDK, CLI) does not depend on the database: these run once, in
# `make test`; `make test-postgres` leaves them out (`-m "not contract"`), `make test-contract-postgres` runs them there.
pytestmark = pytest.mark.contract
