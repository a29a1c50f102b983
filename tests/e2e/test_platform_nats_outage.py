"""NATS stops while applications are accepted; once it is back every event arrives once."""

import pytest

from tests.support.journey import draft_application, open_call, register_city, submit
from tests.support.platform import client, create_key, start_stack
from tests.support.streams import wait_for_events


@pytest.fixture
def own_stack(tmp_path):
    s = start_stack(tmp_path)
    yield s
    s.stop()


async def test_events_written_while_nats_is_down_arrive_exactly_once(own_stack, open_call_body):
    stack = own_stack
    reviewer_key = create_key(stack, "reviewer")
    async with client(stack, stack.admin_api_key) as admin, client(stack, reviewer_key) as reviewer:
        call = await open_call(admin, open_call_body)
        ids = []
        for i in range(5):
            city = await register_city(admin, name=f"Outage city {i}")
            async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
                application = await draft_application(c, call["id"], city["id"])
                assert (await submit(c, application["id"])).status_code == 200
            r = await reviewer.post(
                f"/v1/applications/{application['id']}/reviews", json={"scores": {"fit": 4}, "recommendation": "yes"}
            )
            assert r.status_code == 201
            ids.append(application["id"])

        stack.nats.stop()
        for application_id in ids:
            r = await admin.post(f"/v1/applications/{application_id}:accept", json={"reason": "Accepted during the outage."})
            assert r.status_code == 200, r.text
        assert (await admin.get("/readyz")).status_code == 503

        stack.nats.start()
        events = await wait_for_events(
            stack.nats.url, "iuc.applications.application.accepted", lambda e: e.subject in ids, expected=len(ids), timeout=60
        )
        assert sorted(e.subject for e in events) == sorted(ids)
        again = await wait_for_events(
            stack.nats.url, "iuc.applications.application.accepted", lambda e: e.subject in ids, expected=len(ids) + 1, timeout=3
        )
        assert len(again) == len(ids)
