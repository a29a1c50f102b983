"""Locked pairs through the API on a real database: the coordination unit fixes a pair, the round proposes it and
pairs neither party otherwise; what cannot be locked is a 422 or 409 naming the rule."""

from tests.integration.pairing.pairingsupport import pairing_app, profile, seed
from tests.support.service_app import caller

CALL = "call-locks"


def rules(r) -> list[str]:
    return [e.get("rule") for e in r.json().get("errors", [])]


async def test_a_locked_pair_is_always_proposed_and_its_parties_are_paired_with_nobody_else(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        lyon, graz = profile("Lyon", "FR", themes=("climate",)), profile("Graz", "AT", themes=("energy",))
        pune, lima = profile("Pune", "IN", themes=("climate",)), profile("Lima", "PE", themes=("energy",))
        await seed(app, CALL, [lyon, graz, pune, lima])
        url = f"/v1/pairing/calls/{CALL}/locked-pairs"
        # The scores would pair Lyon with Pune and Graz with Lima; the unit wants Lyon with Lima (given side b first).
        r = await admin.post(url, json={"party_a_id": lima.city_id, "party_b_id": lyon.city_id})
        assert r.status_code == 201, r.text
        lock = r.json()
        assert (lock["party_a_id"], lock["party_b_id"], lock["party_kind"]) == (lyon.city_id, lima.city_id, "city")
        assert r.headers["location"] == f"{url}/{lock['id']}"
        again = await admin.post(url, json={"party_a_id": lyon.city_id, "party_b_id": lima.city_id})
        assert again.status_code == 201 and again.json()["id"] == lock["id"]  # the same pair: the stored lock

        r = await admin.post("/v1/pairing/rounds", json={"call_id": CALL})
        assert r.status_code == 201, r.text
        result = r.json()
        got = {(p["party_a"]["name"], p["party_b"]["name"]): p for p in result["proposals"]}
        assert set(got) == {("Lyon", "Lima"), ("Graz", "Pune")}
        assert got[("Lyon", "Lima")]["locked"] and not got[("Graz", "Pune")]["locked"]
        assert got[("Lyon", "Lima")]["explanation"].startswith("Locked by the coordination unit.")
        assert result["report"]["locked_pairs"] == 1 and result["report"]["locked_skipped"] == []

        assert [i["id"] for i in (await admin.get(url)).json()["items"]] == [lock["id"]]
        assert (await admin.delete(f"{url}/{lock['id']}")).status_code == 204
        assert (await admin.delete(f"{url}/{lock['id']}")).status_code == 404
        r = await admin.post("/v1/pairing/rounds", json={"call_id": CALL})
        assert {(p["party_a"]["name"], p["party_b"]["name"]) for p in r.json()["proposals"]} == {
            ("Lyon", "Pune"),
            ("Graz", "Lima"),
        }


async def test_what_cannot_be_locked_names_the_rule(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin:
        lyon, graz, pune, lima = profile("Lyon", "FR"), profile("Graz", "AT"), profile("Pune", "IN"), profile("Lima", "PE")
        await seed(app, CALL, [lyon, graz, pune, lima])
        url = f"/v1/pairing/calls/{CALL}/locked-pairs"
        r = await admin.post(url, json={"party_a_id": lyon.city_id, "party_b_id": "nobody"})
        assert r.status_code == 422 and rules(r) == ["unknown_candidate"]
        assert r.json()["errors"][0]["pointer"] == "/party_b_id"
        r = await admin.post(url, json={"party_a_id": lyon.city_id, "party_b_id": graz.city_id})
        assert r.status_code == 422 and rules(r) == ["same_side"]
        r = await admin.post(url, json={"party_a_id": lyon.city_id, "party_b_id": lyon.city_id})
        assert r.status_code == 422
        forbid = {"call_id": CALL, "party_ids": [graz.city_id, pune.city_id], "reason": "Known conflict"}
        assert (await admin.post("/v1/pairing/forbidden-pairs", json=forbid)).status_code == 201
        r = await admin.post(url, json={"party_a_id": graz.city_id, "party_b_id": pune.city_id})
        assert r.status_code == 409 and rules(r) == ["forbidden_pair"]
        assert (await admin.post(url, json={"party_a_id": lyon.city_id, "party_b_id": lima.city_id})).status_code == 201
        r = await admin.post(url, json={"party_a_id": graz.city_id, "party_b_id": lima.city_id})
        assert r.status_code == 409 and rules(r) == ["party_already_locked"]
        async with caller(app, "city", city_id=lyon.city_id) as city:
            assert (await city.post(url, json={"party_a_id": lyon.city_id, "party_b_id": pune.city_id})).status_code == 403
            assert (await city.get(url)).status_code == 403

        # A locked pair counts against the quotas; one the quotas leave no room for stops the round.
        r = await admin.post("/v1/pairing/rounds", json={"call_id": CALL, "country_quotas": {"PE": 0}})
        assert r.status_code == 409 and rules(r) == ["locked_pairs_over_quota"]
        r = await admin.post("/v1/pairing/rounds", json={"call_id": CALL, "region_quotas": {"eu": 1}})
        assert r.status_code == 201, r.text
        assert [(p["party_a"]["name"], p["party_b"]["name"]) for p in r.json()["proposals"]] == [("Lyon", "Lima")]
        assert r.json()["report"]["region_quotas"] == {"eu": 1}
