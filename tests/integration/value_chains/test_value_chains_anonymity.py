"""Anonymity on a real database: the organisation behind an opportunity is hidden from other
partners, in opportunities and in matches, until it accepts their expression of interest; partners
read only their own matches."""

from tests.integration.value_chains.value_chainssupport import (
    create,
    opportunity,
    organisation,
    partner,
    published,
    value_chains_app,
)
from tests.support.service_app import caller

BATTERY = ["battery storage", "solar mini-grids"]


async def test_the_organisation_is_disclosed_to_a_partner_once_it_accepts_its_interest(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin, caller(app, "dashboard") as dashboard:
        x = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
        y = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["27.20"], BATTERY))
        z = await create(admin, "/v1/organisations", organisation("Solar Sur", "MX-SON", ["27.20"], BATTERY))
        async with partner(app, x["id"]) as px, partner(app, y["id"]) as py, partner(app, z["id"]) as pz:
            offer = await published(px, opportunity("business_offer", x["id"], BATTERY, ["27.20"]), reviewer=admin)
            request = await published(py, opportunity("business_request", y["id"], BATTERY, ["27.20"]), reviewer=admin)
            assert request["matches_proposed"] == 1
            [m] = (await py.get("/v1/matches")).json()["items"]
            assert m["organisation_ids"] == [None, y["id"]]
            assert "Sol Bateries" not in m["explanation"] and "Energía Andina" not in m["explanation"]
            assert (await px.get(f"/v1/matches/{m['id']}")).json()["organisation_ids"] == [x["id"], None]
            assert (await dashboard.get(f"/v1/matches/{m['id']}")).json()["organisation_ids"] == [x["id"], y["id"]]
            # A partner reads only its own organisations' matches, and a filter tells nothing.
            assert (await pz.get(f"/v1/matches/{m['id']}")).status_code == 404
            assert (await pz.get("/v1/matches")).json()["items"] == []
            assert (await py.get("/v1/matches", params={"organisation_id": x["id"]})).json()["items"] == []

            # Y is interested: X still anonymous to Y, and Y's interest names Y only to Y.
            url = f"/v1/matches/{m['id']}:expressInterest"
            r = await py.post(url, json={"organisation_id": y["id"], "message": "Hola"})
            assert r.status_code == 201 and r.json()["organisation_id"] == y["id"]
            assert (await py.get(f"/v1/opportunities/{offer['id']}")).json()["organisation_id"] is None
            seen_by_x = (await px.get(f"/v1/matches/{m['id']}")).json()
            assert seen_by_x["organisation_ids"] == [x["id"], None]
            assert [i["organisation_id"] for i in seen_by_x["interests"]] == [None]

            # X accepts: each now sees the other, in matches and opportunities; Z still does not.
            r = await px.post(url, json={"organisation_id": x["id"]})
            assert r.status_code == 201, r.text
            seen_by_y = (await py.get(f"/v1/matches/{m['id']}")).json()
            assert seen_by_y["status"] == "mutual_interest" and seen_by_y["organisation_ids"] == [x["id"], y["id"]]
            assert sorted(i["organisation_id"] for i in seen_by_y["interests"]) == sorted([y["id"], x["id"]])
            assert (await py.get(f"/v1/opportunities/{offer['id']}")).json()["organisation_id"] == x["id"]
            assert (await px.get(f"/v1/opportunities/{request['id']}")).json()["organisation_id"] == y["id"]
            assert [
                o["id"] for o in (await py.get("/v1/opportunities", params={"organisation_id": x["id"]})).json()["items"]
            ] == [offer["id"]]
            assert (await pz.get(f"/v1/opportunities/{offer['id']}")).json()["organisation_id"] is None
            assert {o["organisation_id"] for o in (await pz.get("/v1/opportunities")).json()["items"]} == {None}
