"""Every edit of an application (PATCH) is written to its history beside its changes of state: who, when, which
fields, and the old and new values of scalar fields."""

from tests.integration.applications.applicationssupport import (
    NOW,
    applications_app,
    draft_application,
    open_call,
    register_city,
)
from tests.support.service_app import caller

AT = NOW.isoformat().replace("+00:00", "Z")


async def test_each_edit_names_who_when_and_what_changed(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        city, member = await register_city(admin), await register_city(admin)
        call = await open_call(admin)
        async with caller(app, "city", city_id=city["id"], subject="key-city-lead") as applicant:
            draft = await draft_application(applicant, call["id"], city["id"], planned_cooperation_months=18)
            url = f"/v1/applications/{draft['id']}"
            edit = {"title": "Cooler streets, together", "planned_cooperation_months": 24, "themes": ["climate", "water"]}
            r = await applicant.patch(url, json=edit | {"summary": draft["summary"]})
            assert r.status_code == 200, r.text
            entry = r.json()["history"][-1]
            assert entry == {
                "kind": "edit",
                "changes": [
                    {"field": "title", "old": "Cooler streets together", "new": "Cooler streets, together"},
                    {"field": "themes", "old": None, "new": None},  # a list: named, its values not kept
                    {"field": "planned_cooperation_months", "old": 18, "new": 24},
                ],
                "from_state": "draft",
                "to_state": "draft",
                "actor": "key-city-lead",
                "actor_role": "city",
                "reason": None,
                "at": AT,
            }
            assert r.json()["state"] == "draft"

            # The same values again: an edit still (a new version), naming no change.
            r = await applicant.patch(url, json={"title": edit["title"]})
            assert r.json()["history"][-1]["changes"] == [] and r.json()["version"] == 3

        # The coordination unit adds a member directly: named in the history; an applicant does not learn its key.
        r = await admin.patch(url, json={"member_city_ids": [member["id"]]})
        assert r.status_code == 200, r.text
        assert r.json()["history"][-1]["changes"] == [{"field": "member_city_ids", "old": None, "new": None}]
        assert r.json()["history"][-1]["actor_role"] == "admin" and r.json()["history"][-1]["actor"]
        history = (await admin.get(url)).json()["history"]
        assert [(h["kind"], h["to_state"]) for h in history] == [
            ("transition", "draft"),
            ("edit", "draft"),
            ("edit", "draft"),
            ("edit", "draft"),
        ]
        async with caller(app, "city", city_id=city["id"]) as applicant:
            seen = (await applicant.get(url)).json()["history"]
            assert [h["actor"] for h in seen] == [draft["history"][0]["actor"], "key-city-lead", "key-city-lead", None]
            r = await applicant.post(f"{url}:submit")
            assert r.status_code == 200, r.text
            assert [(h["kind"], h["to_state"], h["changes"]) for h in r.json()["history"]][-1] == (
                "transition",
                "submitted",
                None,
            )
