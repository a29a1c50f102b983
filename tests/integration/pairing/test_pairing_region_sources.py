"""A region profile says where it came from: value_chains' strategy events, or a put by the coordination unit,
which stays possible; of the two the later one wins, by the time of the event and of the put."""

import pytest

from services.pairing.regions.service import upsert_region_profile
from shared.consumer import PoisonEvent
from shared.contracts.value_chains import InnovationStrategyPublished, StrategyPriorityOutline, StrategyRegion
from tests.integration.pairing.pairingsupport import NOW, pairing_app
from tests.support.service_app import caller


def _strategy(name: str, ecosystem: str) -> InnovationStrategyPublished:
    return InnovationStrategyPublished(
        strategy_id="s-1",
        region=StrategyRegion(region_id="es51", name=name, country_code="es", side="eu"),
        title="RIS3CAT",
        period_start=2021,
        period_end=2027,
        priorities=[StrategyPriorityOutline(title="Chips", ecosystem=ecosystem)],
    )


async def _feed(app, name: str, ecosystem: str, time: str) -> None:
    async with app.state.sessionmaker() as session, session.begin():
        await upsert_region_profile(session, _strategy(name, ecosystem), time, NOW)


async def test_a_put_marks_the_profile_manual_and_only_a_later_event_replaces_it(database_url):
    async with pairing_app(database_url) as app, caller(app) as admin, caller(app, "partner") as partner:
        await _feed(app, "Catalunya", "electronics", "2027-02-01T00:00:00Z")
        r = await admin.get("/v1/pairing/region-profiles/ES51")
        assert r.status_code == 200, r.text
        got = r.json()
        assert (got["source"], got["name"], got["themes"], got["country_code"]) == ("events", "Catalunya", ["electronics"], "ES")
        etag = r.headers["etag"]

        r = await partner.put("/v1/pairing/region-profiles/ES51", json={"name": "Catalonia"})
        assert r.status_code == 403  # only the coordination unit puts regions by hand
        r = await admin.put(
            "/v1/pairing/region-profiles/ES51", json={"name": "Catalonia", "themes": ["digital"]}, headers={"If-Match": etag}
        )
        assert r.status_code == 200, r.text
        assert (r.json()["source"], r.json()["name"]) == ("manual", "Catalonia")

        await _feed(app, "Catalunya (old)", "textiles", "2027-02-28T23:59:59Z")  # before the put (NOW): ignored
        r = await admin.get("/v1/pairing/region-profiles/ES51")
        assert (r.json()["source"], r.json()["name"], r.json()["themes"]) == ("manual", "Catalonia", ["digital"])

        await _feed(app, "Catalunya", "electronics", "2027-03-02T00:00:00Z")  # after it: the strategy again
        r = await admin.get("/v1/pairing/region-profiles/ES51")
        assert (r.json()["source"], r.json()["name"], r.json()["themes"]) == ("events", "Catalunya", ["electronics"])
        assert r.headers["etag"] != etag


async def test_a_strategy_of_no_known_country_or_side_is_poison(database_url):
    bad = _strategy("Atlantis", "tourism").model_copy(
        update={"region": StrategyRegion(region_id="QQ1", name="Atlantis", country_code="QQ", side="sea")}
    )
    async with pairing_app(database_url) as app, app.state.sessionmaker() as session:
        with pytest.raises(PoisonEvent):
            await upsert_region_profile(session, bad, "2027-02-01T00:00:00Z", NOW)
