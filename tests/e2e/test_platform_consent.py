"""Consent and what applicants and other keys may see, through the gateway on the real stack:
a city is named in a practice or a group application only when its own key accepts; a member
cannot remove the owner; an applicant sees its reviews as the call says and never a reviewer's
key; an import job is its owner's and the admins' (404 to everyone else)."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from pathlib import Path

import pytest

from tests.support.journey import draft_application, open_call, register_city, submit
from tests.support.platform import client, create_client, create_key

SIGNATORIES = Path(__file__).resolve().parents[1] / "data" / "covenant" / "mycovenant_signatories_sample.csv"


async def test_a_city_joins_a_practice_only_by_accepting_and_cannot_remove_its_owner(stack):
    a, b, c = (f"city-{uuid.uuid4().hex[:8]}" for _ in range(3))
    loc_a = {"name": "Montpellier", "city_id": a, "country_code": "FR"}
    loc_b = {"name": "Cusco", "city_id": b, "country_code": "PE"}
    body = {"title": "Shaded school yards", "summary": "Trees over asphalt.", "themes": ["climate"], "locations": [loc_a, loc_b]}
    async with (
        client(stack, create_key(stack, "city", city_id=a)) as city_a,
        client(stack, create_key(stack, "city", city_id=b)) as city_b,
        client(stack, create_key(stack, "city", city_id=c)) as city_c,
    ):
        r = await city_a.post("/v1/knowledge/practices", json=body)
        assert r.status_code == 201, r.text
        url = f"/v1/knowledge/practices/{r.json()['id']}"
        assert [loc["city_id"] for loc in r.json()["locations"]] == [a] and r.json()["invited_city_ids"] == [b]
        listed = (await city_b.get("/v1/knowledge/invitations", params={"city_id": b, "state": "pending"})).json()["items"]
        assert [i["invited_by_city_id"] for i in listed] == [a]
        invitation = f"/v1/knowledge/invitations/{listed[0]['id']}"
        assert (await city_c.post(f"{invitation}:accept")).status_code in (403, 404)
        assert [loc["city_id"] for loc in (await city_a.get(url)).json()["locations"]] == [a]  # not before B accepts

        r = await city_b.post(f"{invitation}:accept")
        assert r.status_code == 200 and r.json()["state"] == "accepted", r.text
        assert [loc["city_id"] for loc in (await city_a.get(url)).json()["locations"]] == [a, b]
        r = await city_b.patch(url, json={"locations": [loc_b]})
        assert r.status_code == 403 and r.headers["content-type"].startswith("application/problem+json")
        r = await city_b.post(f"{url}:leave")
        assert r.status_code == 200 and [loc["city_id"] for loc in r.json()["locations"]] == [a]


async def test_a_city_joins_a_group_application_only_by_accepting(stack, admin, open_call_body):
    a, b, c = [await register_city(admin) for _ in range(3)]
    call = await open_call(admin, open_call_body)
    async with (
        client(stack, create_key(stack, "city", city_id=a["id"])) as city_a,
        client(stack, create_key(stack, "city", city_id=b["id"])) as city_b,
        client(stack, create_key(stack, "city", city_id=c["id"])) as city_c,
    ):
        draft = await draft_application(city_a, call["id"], a["id"], member_city_ids=[b["id"]])
        url = f"/v1/applications/{draft['id']}"
        assert draft["member_city_ids"] == [] and draft["invited_city_ids"] == [b["id"]]
        listed = (await city_b.get("/v1/applications/invitations", params={"state": "pending"})).json()["items"]
        assert [(i["application_id"], i["invited_by_city_id"]) for i in listed] == [(draft["id"], a["id"])]
        invitation = f"/v1/applications/invitations/{listed[0]['id']}"
        assert (await city_c.post(f"{invitation}:accept")).status_code in (403, 404)
        assert (await city_a.get(url)).json()["member_city_ids"] == []

        r = await city_b.post(f"{invitation}:accept")
        assert r.status_code == 200 and r.json()["state"] == "accepted", r.text
        assert (await city_a.get(url)).json()["member_city_ids"] == [b["id"]]
        assert (await city_b.patch(url, json={"member_city_ids": []})).status_code == 403
        r = await city_b.post(f"{url}:leave")
        assert r.status_code == 200 and r.json()["member_city_ids"] == []


@pytest.mark.parametrize("visibility", ["none", "scores", "full"])
async def test_an_applicant_sees_its_reviews_as_the_call_says_and_never_its_reviewer(stack, admin, open_call_body, visibility):
    reviewer_id, reviewer_key = create_client(stack, "reviewer")
    city = await register_city(admin)
    call = await open_call(admin, open_call_body | {"review_visibility": visibility})
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as applicant, client(stack, reviewer_key) as reviewer:
        draft = await draft_application(applicant, call["id"], city["id"])
        assert (await submit(applicant, draft["id"])).status_code == 200
        r = await reviewer.post(
            f"/v1/applications/{draft['id']}/reviews",
            json={"scores": {"relevance": 3}, "recommendation": "maybe", "comment": "Name the districts."},
        )
        assert r.status_code == 201 and r.json()["reviewer"] == reviewer_id, r.text
        one = await applicant.get(f"/v1/applications/{draft['id']}")
        page = await applicant.get("/v1/applications", params={"call_id": call["id"]})
    for text, reviews in ((one.text, one.json()["reviews"]), (page.text, page.json()["items"][0]["reviews"])):
        assert reviewer_id not in text
        assert [(rv["scores"], rv["recommendation"], rv["comment"]) for rv in reviews] == {
            "none": [],
            "scores": [({"relevance": 3}, "maybe", None)],
            "full": [({"relevance": 3}, "maybe", "Name the districts.")],
        }[visibility]
    assert reviewer_id in json.dumps((await admin.get(f"/v1/applications/{draft['id']}")).json())


async def test_an_import_job_is_its_owners_and_the_admins(stack, admin):
    async with (
        client(stack, create_key(stack, "covenant_office", regional_covenant="europe")) as owner,
        client(stack, create_key(stack, "covenant_office", regional_covenant="europe")) as colleague,
        client(stack, create_key(stack, "dashboard")) as dashboard,
    ):
        r = await owner.post(
            "/v1/covenant/imports",
            params={"format": "mycovenant-signatories"},
            content=SIGNATORIES.read_bytes(),
            headers={"Content-Type": "text/csv"},
        )
        assert r.status_code == 202, r.text
        url = f"/v1/covenant/imports/{r.json()['id']}"
        job, deadline = r.json(), time.monotonic() + 60
        while job["status"] in ("queued", "running"):
            assert time.monotonic() < deadline, job
            await asyncio.sleep(0.2)
            job = (await owner.get(url)).json()
        assert job["status"] == "succeeded", job
        for other in (colleague, dashboard):
            hidden = await other.get(url)
            assert hidden.status_code == 404 and hidden.headers["content-type"].startswith("application/problem+json")
        assert (await admin.get(url)).json() == job
