"""A city import job is its owner's and the admins': another admin-less key gets 404, not 403."""

from tests.integration.applications.applicationssupport import GEONAMES_HEADER, applications_app
from tests.support.service_app import caller

ROW = "990000011,Ownerville,Ownerville,10,10,P,PPL,FR,,150000,,,Europe/Paris,2020-01-01\n"


async def test_a_city_import_is_hidden_from_other_keys(database_url):
    async with (
        applications_app(database_url) as app,
        caller(app, subject="key-admin-a") as owner,
        caller(app, subject="key-admin-b") as other_admin,
        caller(app, "city", city_id="city-x") as city,
        caller(app, "dashboard") as dashboard,
    ):
        r = await owner.post(
            "/v1/cities/imports",
            params={"format": "geonames"},
            content=GEONAMES_HEADER + ROW,
            headers={"Content-Type": "text/csv"},
        )
        assert r.status_code == 202, r.text
        job = r.json()
        assert (await owner.get(f"/v1/cities/imports/{job['id']}")).status_code == 200
        assert (await other_admin.get(f"/v1/cities/imports/{job['id']}")).status_code == 200
        for other in (city, dashboard):
            assert (await other.get(f"/v1/cities/imports/{job['id']}")).status_code == 404
