"""A base_year target follows its base year's inventory when an import revises it."""

from __future__ import annotations

from tests.integration.covenant.covenantsupport import (
    INVENTORIES_HEADER,
    SIGNATORIES_HEADER,
    csv_file,
    inventory_line,
    signatory_line,
)
from tests.integration.covenant.test_covenant_imports_api import finished, upload
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories/SE0031"


async def test_a_reimported_base_inventory_moves_the_targets_level(app):
    async with caller(app) as admin:
        signatories = csv_file(SIGNATORIES_HEADER, signatory_line("12657", "Piteå", "SE", 65.3, 21.5, "SE0031"))
        assert (await finished(admin, (await upload(admin, "mycovenant-signatories", signatories)).json()))["created"] == 1
        first = csv_file(INVENTORIES_HEADER, inventory_line("SE0031", "900", "441", "1000"))
        assert (await finished(admin, (await upload(admin, "jrc-emission-inventories", first)).json()))["status"] == "succeeded"
        mitigation = next(c for c in (await admin.get(f"{BASE}/commitments")).json() if c["pillar"] == "mitigation")
        body = {"type": "base_year", "base_year": 2005, "target_year": 2030, "reduction_percent": 40}
        r = await admin.post(f"{BASE}/commitments/{mitigation['id']}/targets", json=body)
        assert r.status_code == 201 and r.json()["level_tco2e"] == 600

        revised = csv_file(INVENTORIES_HEADER, inventory_line("SE0031", "900", "441", "1500"))
        assert (await finished(admin, (await upload(admin, "jrc-emission-inventories", revised)).json()))["status"] == "succeeded"
        [target] = (await admin.get(f"{BASE}/targets")).json()
        assert target["base_emissions_tco2e"] == 1500 and target["level_tco2e"] == 900
