"""Every pairing list answers a page token it did not issue with 400 `invalid-page-token`, never
500: well-formed but foreign JSON, another list's token, a truncated one, values of the wrong type."""

import base64
from datetime import date

import orjson
import pytest

from services.pairing import repository
from shared.pagination import Keyset
from tests.integration.pairing.pairingsupport import pairing_app, profile, seed
from tests.support.service_app import caller

CALL = "call-tokens"


def forged(*values) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(list(values))).decode().rstrip("=")


async def _two_of_everything(app, admin) -> dict[str, tuple[str, dict, Keyset]]:
    """Two items in every list; per list its path, its query and its keyset."""
    eu, world = (
        [profile("Lyon", "FR"), profile("Graz", "AT")],
        [profile("Lima", "PE"), profile("Pune", "IN"), profile("Kobe", "JP")],
    )
    await seed(app, CALL, eu + world)
    for region_id, name in (("ES61", "Andalucía"), ("MX-JAL", "Jalisco")):
        r = await admin.put(f"/v1/pairing/region-profiles/{region_id}", json={"name": name, "call_ids": [CALL]})
        assert r.status_code == 200, r.text
    for a, b in ((eu[0], eu[1]), (world[0], world[1])):
        body = {"call_id": CALL, "party_ids": [a.city_id, b.city_id], "reason": "Same consortium."}
        assert (await admin.post("/v1/pairing/forbidden-pairs", json=body)).status_code == 201
    await admin.post("/v1/pairing/rounds", json={"call_id": CALL})
    proposal = (await admin.post("/v1/pairing/rounds", json={"call_id": CALL})).json()["proposals"][0]
    for party in (proposal["party_a"]["id"], proposal["party_b"]["id"]):
        assert (await admin.post(f"/v1/pairing/pairings/{proposal['id']}:accept", json={"party_id": party})).status_code == 200
    for day in ("2027-05-02", "2027-06-02"):
        activity = {
            "kind": "seminar",
            "title": "Tram depots",
            "host_party_id": proposal["party_a"]["id"],
            "starts_on": day,
            "ends_on": day,
            "participants": 5,
            "status": "planned",  # ahead of the clock
        }
        assert (await admin.post(f"/v1/pairing/pairings/{proposal['id']}/activities", json=activity)).status_code == 201
    return {
        "city profiles": ("/v1/pairing/city-profiles", {}, repository.PROFILES["city"]),
        "region profiles": ("/v1/pairing/region-profiles", {}, repository.PROFILES["region"]),
        "candidates": ("/v1/pairing/candidates", {"city_id": eu[0].city_id}, repository.CANDIDATE_RANKS),
        "forbidden pairs": ("/v1/pairing/forbidden-pairs", {}, repository.FORBIDDEN_PAIRS),
        "rounds": ("/v1/pairing/rounds", {}, repository.ROUNDS),
        "pairings": ("/v1/pairing/pairings", {}, repository.PAIRINGS),
        "activities": (f"/v1/pairing/pairings/{proposal['id']}/activities", {}, repository.ACTIVITIES),
    }


@pytest.fixture
async def lists(database_url):
    """An admin client, each list (path, query, keyset) and a real next_page_token of each."""
    async with pairing_app(database_url) as app, caller(app) as admin:
        found = await _two_of_everything(app, admin)
        real = {}
        for what, (path, query, _) in found.items():
            r = await admin.get(path, params=query | {"page_size": 1})
            assert r.status_code == 200 and r.json()["next_page_token"], (what, r.text)
            real[what] = r.json()["next_page_token"]
        yield admin, found, real


GOOD = {str: "x", int: 1, date: "2027-05-02"}
WRONG = {str: 3, int: "1", date: "not-a-date"}


def _mistyped(keyset: Keyset) -> list[str]:
    """Tokens naming the list but holding too few or too many values, or values of the wrong type."""
    kinds = [key.kind for key in keyset.keys]
    tokens = [forged(keyset.name), forged(keyset.name, *[GOOD[k] for k in kinds], "x")]
    for i, kind in enumerate(kinds):
        for wrong in (WRONG[kind], None, [], {}):
            values = [GOOD[k] for k in kinds]
            values[i] = wrong
            tokens.append(forged(keyset.name, *values))
    if keyset is repository.CANDIDATE_RANKS:
        tokens += [forged(keyset.name, -1), forged(keyset.name, 1.5), forged(keyset.name, True)]
    return tokens


async def test_tokens_not_issued_by_the_list_are_400(lists):
    admin, found, real = lists
    names = list(found)
    for what, (path, query, keyset) in found.items():
        other = real[names[(names.index(what) + 1) % len(names)]]
        bad = [
            "WzNd",  # [3]
            "W1tdXQ",  # [[]]
            "not-a-token",
            other,  # another list's
            real[what][: len(real[what]) // 2],  # truncated
            *_mistyped(keyset),
        ]
        for token in bad:
            r = await admin.get(path, params=query | {"page_token": token})
            assert r.status_code == 400, (what, token, r.text)
            assert r.headers["content-type"].startswith("application/problem+json")
            assert r.json()["type"].endswith("invalid-page-token"), (what, token, r.text)
        r = await admin.get(path, params=query | {"page_size": 1, "page_token": real[what]})
        assert r.status_code == 200 and len(r.json()["items"]) == 1, (what, r.text)
