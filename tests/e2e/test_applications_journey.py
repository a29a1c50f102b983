"""Register a city, open a call, apply, submit, review and accept, all through the gateway."""

from tests.support.journey import draft_application, open_call, register_city, review_and_accept, submit
from tests.support.platform import client, create_key
from tests.support.streams import wait_for_events


async def test_a_city_applies_and_is_accepted_with_one_event(stack, admin, reviewer, open_call_body):
    city = await register_city(admin)
    assert city["world_region"] == "eu" and city["languages"][0] == "fr"
    call = await open_call(admin, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as lyon:
        application = await draft_application(lyon, call["id"], city["id"])
        assert application["state"] == "draft"
        r = await submit(lyon, application["id"])
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "submitted"

    accepted = await review_and_accept(reviewer, admin, application["id"])
    assert accepted["state"] == "accepted"
    assert [(h["from_state"], h["to_state"]) for h in accepted["history"]] == [
        (None, "draft"),
        ("draft", "submitted"),
        ("submitted", "under_review"),
        ("under_review", "accepted"),
    ]
    assert accepted["history"][-1]["reason"] == "Scores well on every criterion."
    assert accepted["history"][-1]["actor_role"] == "admin"
    assert accepted["reviews"][0]["average"] == 4.5

    events = await wait_for_events(
        stack.nats.url, "iuc.applications.application.accepted", lambda e: e.subject == application["id"], expected=1
    )
    assert len(events) == 1
    event = events[0]
    assert event.type == "iuc.applications.application.accepted.v2"  # the producer sends v2 only
    assert event.source == "/iuc/applications"
    assert event.data["city"]["city_id"] == city["id"]
    assert event.data["city"]["themes"] == ["climate", "mobility"]
    assert event.data["city"]["world_region"] == "eu"
    assert event.data["min_cooperation_months"] == 18  # the call's, which pairing holds its pairings to
    # Wait a moment longer: a second copy would show up now if the relay published twice.
    again = await wait_for_events(
        stack.nats.url, "iuc.applications.application.accepted", lambda e: e.subject == application["id"], expected=2, timeout=2
    )
    assert len(again) == 1


async def test_more_information_then_resubmission(stack, admin, reviewer, open_call_body):
    city = await register_city(admin, country_code="CO", name="Medellín", population=2_500_000)
    call = await open_call(admin, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=city["id"])) as medellin:
        application = await draft_application(medellin, call["id"], city["id"])
        assert (await submit(medellin, application["id"])).status_code == 200
        r = await reviewer.post(f"/v1/applications/{application['id']}:requestInfo", json={"reason": "Name the districts."})
        assert r.status_code == 200 and r.json()["state"] == "more_info_requested"
        r = await medellin.patch(f"/v1/applications/{application['id']}", json={"summary": "Comuna 13 and Comuna 8."})
        assert r.status_code == 200, r.text
        r = await submit(medellin, application["id"])
        assert r.status_code == 200 and r.json()["state"] == "submitted"
        r = await medellin.post(f"/v1/applications/{application['id']}:withdraw", json={"reason": "Council elections."})
        assert r.status_code == 200 and r.json()["state"] == "withdrawn"
    events = await wait_for_events(
        stack.nats.url, "iuc.applications.application.>", lambda e: e.subject == application["id"], expected=3
    )
    assert [e.type.split(".")[-2] for e in events] == ["submitted", "submitted", "withdrawn"]
