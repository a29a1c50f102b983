"""The drafts a pairing.confirmed opens run until the pairing's earliest completion: 24 months for a 24-month call."""

from datetime import date

from services.action_plans import service
from tests.integration.action_plans.action_planssupport import NOW, confirmation, party, plans_app
from tests.support.service_app import caller


async def test_a_24_month_pairing_opens_plans_for_24_months(database_url):
    async with plans_app(database_url) as app:
        event = confirmation(
            party("Lyon", "FR"), party("Quito", "EC", region="latin_america_caribbean"), earliest=date(2029, 3, 1)
        )
        async with app.state.sessionmaker() as session, session.begin():
            plans = await service.open_local_plans(session, event, NOW, 18)
        assert [(p.period_start, p.period_end) for p in plans] == [(date(2027, 3, 1), date(2029, 3, 1))] * 2
        async with caller(app, "city", city_id=event.party_a.id) as lyon:
            r = await lyon.get(f"/v1/action-plans/{plans[0].id}")
            assert r.status_code == 200, r.text
            assert (r.json()["period_start"], r.json()["period_end"]) == ("2027-03-01", "2029-03-01")
