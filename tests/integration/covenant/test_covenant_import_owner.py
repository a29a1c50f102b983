"""An import job, its counts and row errors are its owner's and the admins': any other key,
even one of the same role and covenant, gets the 404 of a job that does not exist."""

from __future__ import annotations

from tests.integration.covenant.test_covenant_imports_api import SIGNATORIES, finished, upload
from tests.support.service_app import caller


async def test_an_import_is_read_by_its_owner_and_admins_only(app):
    async with (
        caller(app, "covenant_office", subject="key-office-a", regional_covenant="europe") as owner,
        caller(app, "covenant_office", subject="key-office-b", regional_covenant="europe") as colleague,
        caller(app, "dashboard") as dashboard,
        caller(app) as admin,
    ):
        r = await upload(owner, "mycovenant-signatories", SIGNATORIES)
        assert r.status_code == 202, r.text
        done = await finished(owner, r.json())
        assert done["failed"] > 0 and done["errors"]  # rows of other covenants: errors that quote the file
        for other in (colleague, dashboard):
            hidden = await other.get(f"/v1/covenant/imports/{done['id']}")
            assert hidden.status_code == 404 and hidden.headers["content-type"].startswith("application/problem+json")
            assert hidden.json()["detail"] == (await other.get("/v1/covenant/imports/no-such-job")).json()["detail"].replace(
                "no-such-job", done["id"]
            )
        assert (await admin.get(f"/v1/covenant/imports/{done['id']}")).json()["errors"] == done["errors"]
