"""Every list answers a page token it did not issue with 400 `invalid-page-token`, never 500:
well-formed but foreign JSON, another list's token, a truncated one, values of the wrong type."""

import base64

import orjson
import pytest

from tests.integration.value_chains.value_chainssupport import create, opportunity, organisation, published, value_chains_app
from tests.support.service_app import caller

BATTERY = ["battery storage", "solar mini-grids"]

# Each list, its keyset's name and a sort value of the wrong type for its first key.
LISTS = {
    "/v1/regions": ("value_chains.regions", 3),
    "/v1/regions/ES51/interests": ("value_chains.region_interests", 3),
    "/v1/innovation-strategies": ("value_chains.strategies", 3),
    "/v1/organisations": ("value_chains.organisations", 3),
    "/v1/value-chains": ("value_chains.chains", 3),
    "/v1/opportunities": ("value_chains.opportunities", 3),
    "/v1/matches": ("value_chains.matches", "high"),
    "/v1/agreements": ("value_chains.agreements", 3),
}


def forged(*values) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(list(values))).decode().rstrip("=")


def _strategy(region_id: str) -> dict:
    return {
        "region_id": region_id,
        "title": f"{region_id} smart specialisation",
        "period_start": 2024,
        "period_end": 2030,
        "priorities": [{"title": "Clean energy", "ecosystem": "energy_renewables", "nace_codes": ["35.11"]}],
    }


async def _two_agreements(admin) -> None:
    """Two of everything the lists show, down to two agreements from two mutual matches."""
    eu = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
    co = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["27.20"], BATTERY))
    await published(admin, opportunity("business_offer", eu["id"], BATTERY, ["27.20"]))
    await published(admin, opportunity("business_request", co["id"], BATTERY, ["27.20"]))
    await published(admin, opportunity("technology_request", co["id"], BATTERY, ["27.20"]))
    await published(admin, opportunity("technology_offer", eu["id"], BATTERY, ["27.20"]))
    matches = (await admin.get("/v1/matches")).json()["items"]
    assert len(matches) == 2
    for m in matches:
        for party in m["organisation_ids"]:
            assert (await admin.post(f"/v1/matches/{m['id']}:expressInterest", json={"organisation_id": party})).is_success
        await create(admin, "/v1/agreements", {"match_id": m["id"], "kind": "commercial", "title": "Distribution"})
    for region_id in ("ES51", "ES30"):
        await create(admin, "/v1/innovation-strategies", _strategy(region_id))
    for partner_region in ("CO-ANT", "MX-SON"):
        await create(admin, "/v1/regions/ES51/interests", {"partner_region_id": partner_region})
    for title in ("Battery storage chain", "Solar modules chain"):
        chain = {
            "title": title,
            "ecosystem": "energy_renewables",
            "lead_organisation_id": eu["id"],
            "region_ids": ["ES51", "CO-ANT"],
            "stages": [{"key": "cells", "name": "Cells"}],
        }
        await create(admin, "/v1/value-chains", chain)


@pytest.fixture
async def tokens(database_url):
    """A client of the app with two of everything, and a real next_page_token of each list."""
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        await _two_agreements(admin)
        real = {}
        for path in LISTS:
            body = (await admin.get(path, params={"page_size": 1})).json()
            assert body["next_page_token"], path
            real[path] = body["next_page_token"]
        yield admin, real


async def test_tokens_not_issued_by_the_list_are_400(tokens):
    admin, real = tokens
    paths = list(LISTS)
    for i, (path, (name, wrong_type)) in enumerate(LISTS.items()):
        other = real[paths[(i + 1) % len(paths)]]
        width = len(orjson.loads(base64.urlsafe_b64decode(real[path] + "==="))) - 1
        bad = [
            "WzNd",  # [3]
            "W1tdXQ",  # [[]]
            "not-a-token",
            other,  # another list's
            real[path][: len(real[path]) // 2],  # truncated
            forged(name, *["x"] * (width + 1)),  # one value too many
            forged(name, wrong_type, *["x"] * (width - 1)),  # a value of the wrong type
            forged(name, *[None] * width),
        ]
        for token in bad:
            r = await admin.get(path, params={"page_token": token})
            assert r.status_code == 400, (path, token, r.text)
            assert r.headers["content-type"].startswith("application/problem+json")
            assert r.json()["type"].endswith("invalid-page-token"), (path, token, r.json())
        r = await admin.get(path, params={"page_token": real[path], "page_size": 1})
        assert r.status_code == 200 and r.json()["items"], path


async def test_a_bad_token_is_400_before_an_unknown_region_is_404(tokens):
    admin, real = tokens
    r = await admin.get("/v1/regions/XX99/interests", params={"page_token": real["/v1/regions/ES51/interests"][:6]})
    assert r.status_code == 400 and r.json()["type"].endswith("invalid-page-token")
    assert (await admin.get("/v1/regions/XX99/interests")).status_code == 404
