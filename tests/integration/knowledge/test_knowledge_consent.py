"""A practice names another city only with its consent: the owner city's key invites (naming it in
the locations, or explicitly), the invited city's own key accepts or declines; a member leaves but
removes nobody, and its location's tags go with it; the coordination unit adds directly."""

from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body
from tests.support.service_app import caller

GRANADA = {"name": "Granada", "city_id": "city-gra", "country_code": "ES"}
CUSCO = {"name": "Cusco", "city_id": "city-cus", "country_code": "PE"}
SEVILLA = {"name": "Sevilla", "city_id": "city-sev", "country_code": "ES"}


async def test_a_city_is_named_only_when_it_accepts_and_then_removes_nobody(database_url):
    async with (
        knowledge_app(database_url) as app,
        caller(app) as admin,
        caller(app, "city", city_id="city-sev") as sevilla,
        caller(app, "city", city_id="city-gra") as granada,
        caller(app, "city", city_id="city-cus") as cusco,
    ):
        body = practice_body("Superblocks", locations=[SEVILLA, GRANADA])
        r = await sevilla.post("/v1/knowledge/practices", json=body)
        assert r.status_code == 201, r.text
        draft = r.json()
        url = f"/v1/knowledge/practices/{draft['id']}"
        assert [loc["city_id"] for loc in draft["locations"]] == ["city-sev"] and draft["invited_city_ids"] == ["city-gra"]
        assert (await granada.get(url)).status_code == 200  # it reads what it is asked to join
        assert (await cusco.get(url)).status_code == 404
        # Granada is no author until it accepts.
        assert (await granada.patch(url, json={"title": "Mine now"})).status_code == 403

        mine = (await granada.get("/v1/knowledge/invitations", params={"state": "pending"})).json()["items"]
        assert [(i["city_id"], i["invited_by_city_id"], i["location"]["name"]) for i in mine] == [
            ("city-gra", "city-sev", "Granada")
        ]
        invitation = mine[0]["id"]
        assert (await sevilla.get("/v1/knowledge/invitations")).json()["items"][0]["id"] == invitation
        assert (await cusco.get("/v1/knowledge/invitations")).json()["items"] == []
        assert (await cusco.post(f"/v1/knowledge/invitations/{invitation}:accept")).status_code == 404
        assert (await sevilla.post(f"/v1/knowledge/invitations/{invitation}:accept")).status_code == 403
        assert (await admin.post(f"/v1/knowledge/invitations/{invitation}:accept")).status_code == 403

        r = await granada.post(f"/v1/knowledge/invitations/{invitation}:accept")
        assert r.status_code == 200 and r.json()["state"] == "accepted"
        joined = (await sevilla.get(url)).json()
        assert [loc["city_id"] for loc in joined["locations"]] == ["city-sev", "city-gra"] and joined["invited_city_ids"] == []
        found = (await admin.get("/v1/knowledge/practices", params={"city_id": "city-gra"})).json()["items"]
        assert [p["id"] for p in found] == [draft["id"]]

        # Granada may not remove Sevilla, nor invite Cusco; it may leave, and its tags go with it.
        r = await granada.patch(url, json={"locations": [GRANADA]})
        assert r.status_code == 403 and "cannot be removed" in r.json()["detail"]
        assert (await granada.post(f"{url}/invitations", json=CUSCO)).status_code == 403
        r = await granada.patch(url, json={"locations": [SEVILLA, GRANADA, CUSCO]})
        assert r.status_code == 403
        assert (await sevilla.post(f"{url}:leave")).status_code == 403
        r = await granada.post(f"{url}:leave")
        assert r.status_code == 200 and [loc["city_id"] for loc in r.json()["locations"]] == ["city-sev"]
        assert (await admin.get("/v1/knowledge/practices", params={"city_id": "city-gra"})).json()["items"] == []

        # The owner invites explicitly, then withdraws; the coordination unit adds directly.
        r = await sevilla.post(f"{url}/invitations", json=CUSCO)
        assert r.status_code == 201 and r.headers["location"] == f"/v1/knowledge/invitations/{r.json()['id']}"
        assert (await sevilla.post(f"{url}/invitations", json=CUSCO)).status_code == 409
        assert (await sevilla.post(f"/v1/knowledge/invitations/{r.json()['id']}:withdraw")).json()["state"] == "withdrawn"
        assert (await cusco.post(f"/v1/knowledge/invitations/{r.json()['id']}:accept")).status_code == 409
        r = await admin.patch(url, json={"locations": [SEVILLA, CUSCO]})
        assert r.status_code == 200 and [loc["city_id"] for loc in r.json()["locations"]] == ["city-sev", "city-cus"]
        # The owner removes another city.
        r = await sevilla.patch(url, json={"locations": [SEVILLA]})
        assert r.status_code == 200 and [loc["city_id"] for loc in r.json()["locations"]] == ["city-sev"]


async def test_a_decline_leaves_the_practice_as_it_was(database_url):
    async with (
        knowledge_app(database_url) as app,
        caller(app, "city", city_id="city-sev") as sevilla,
        caller(app, "city", city_id="city-gra") as granada,
    ):
        draft = (await sevilla.post("/v1/knowledge/practices", json=practice_body("Shade"))).json()
        r = await sevilla.patch(f"/v1/knowledge/practices/{draft['id']}", json={"locations": [SEVILLA, GRANADA]})
        assert r.status_code == 200 and r.json()["invited_city_ids"] == ["city-gra"]
        invitation = (await granada.get("/v1/knowledge/invitations")).json()["items"][0]["id"]
        assert (await granada.post(f"/v1/knowledge/invitations/{invitation}:decline")).json()["state"] == "declined"
        after = (await sevilla.get(f"/v1/knowledge/practices/{draft['id']}")).json()
        assert [loc["city_id"] for loc in after["locations"]] == ["city-sev"] and after["invited_city_ids"] == []
        assert (await granada.get(f"/v1/knowledge/practices/{draft['id']}")).status_code == 404
