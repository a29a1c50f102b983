"""Two writes with the same ETag at once: exactly one is stored, the other answers 412 (never
500, never two winners), on SQLite (the versioned UPDATE refuses it) as on PostgreSQL (the
locked read makes it wait and then see the new version)."""

import asyncio

from services.value_chains.models import Organisation
from tests.integration.value_chains.value_chainssupport import create, organisation, published, value_chains_app
from tests.support.service_app import caller

ROUNDS = 5


async def test_two_patches_of_an_organisation_with_one_etag_have_one_winner(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as a, caller(app, "admin") as b:
        org = await create(a, "/v1/organisations", organisation("Sol", "ES51", ["27.20"], ["battery"]))
        url = f"/v1/organisations/{org['id']}"
        for round_ in range(ROUNDS):
            etag = f'"{round_ + 1}"'
            first, second = await asyncio.gather(
                a.patch(
                    url, json={"keywords": [f"solar {round_}"], "nace_codes": ["27.20", "35.11"]}, headers={"If-Match": etag}
                ),
                b.patch(url, json={"keywords": [f"wind {round_}"], "nace_codes": ["27.90"]}, headers={"If-Match": etag}),
            )
            assert sorted([first.status_code, second.status_code]) == [200, 412], (first.text, second.text)
            winner, loser = (first, second) if first.status_code == 200 else (second, first)
            assert loser.headers["content-type"].startswith("application/problem+json")
            assert winner.headers["ETag"] == f'"{round_ + 2}"'
            stored = (await a.get(url)).json()
            assert stored["version"] == round_ + 2
            assert (stored["keywords"], stored["nace_codes"]) == (winner.json()["keywords"], winner.json()["nace_codes"])


async def test_two_sessions_that_read_one_version_cannot_both_write_it(database_url):
    """The database itself refuses the second write of one read, even past an If-Match check."""
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        org = await create(admin, "/v1/organisations", organisation("Sol", "ES51", ["27.20"], ["battery"]))
        both_read = asyncio.Barrier(2)

        async def rename(name: str) -> str:
            async with app.state.sessionmaker() as session:
                try:
                    async with session.begin():
                        row = await session.get(Organisation, org["id"])
                        await both_read.wait()
                        row.name = name
                except Exception as exc:  # noqa: BLE001 - the loser's error is what the test looks at
                    return type(exc).__name__
                return "stored"

        outcomes = await asyncio.gather(rename("Sol Bateries"), rename("Sol Storage"))
        assert sorted(outcomes) == ["StaleDataError", "stored"], outcomes
        stored = (await admin.get(f"/v1/organisations/{org['id']}")).json()
        assert stored["version"] == 2 and stored["name"] in ("Sol Bateries", "Sol Storage")


async def test_two_interests_in_one_match_at_once_make_it_mutual_or_412(database_url):
    """Both parties of a match say yes at the same moment: the match never ends up half updated."""
    async with value_chains_app(database_url) as app, caller(app, "admin") as a, caller(app, "admin") as b:
        battery = ["battery storage", "solar mini-grids"]
        eu = await create(a, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], battery))
        co = await create(a, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["27.20"], battery))
        for kind, party in (("business_offer", eu), ("business_request", co)):
            body = {"kind": kind, "organisation_id": party["id"], "title": f"A {kind}", "keywords": battery}
            await published(a, body | {"nace_codes": ["27.20"], "expires_on": "2027-06-01"})
        [m] = (await a.get("/v1/matches")).json()["items"]
        url = f"/v1/matches/{m['id']}:expressInterest"
        first, second = await asyncio.gather(
            a.post(url, json={"organisation_id": eu["id"]}, headers={"If-Match": '"1"'}),
            b.post(url, json={"organisation_id": co["id"]}, headers={"If-Match": '"1"'}),
        )
        assert sorted([first.status_code, second.status_code]) == [201, 412], (first.text, second.text)
        stored = (await a.get(f"/v1/matches/{m['id']}")).json()
        assert (stored["status"], stored["version"], len(stored["interests"])) == ("interest_expressed", 2, 1)
