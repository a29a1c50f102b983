"""Shared by the covenant integration tests: the service app on a real database, the registry
as of a fixed day, and signatories as syncs and imports state them (callers and the outbox:
tests/support/service_app.py).

Imported as `tests.integration.covenant.covenantsupport` (not a test module).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.compliance.service import compliance_job
from services.covenant.config import Settings
from services.covenant.domain import Generation, RegionalCovenantMap
from services.covenant.models import Base, kit
from services.covenant.records import SignatoryData
from services.covenant.registry import Registry
from services.covenant.routes import ROUTERS
from tests.support.service_app import service_app

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)
COVENANTS = RegionalCovenantMap.from_csv()


@asynccontextmanager
async def covenant_app(database_url: str, now: datetime = NOW, **settings: Any) -> AsyncIterator:
    """The covenant app on a migrated database, its clock at `now`, without NATS or jobs running."""
    config = Settings(database_url=database_url, **settings)
    async with service_app("covenant", config, Base.metadata, kit, ROUTERS, now, jobs=(compliance_job(config),)) as app:
        app.state.covenants = COVENANTS
        yield app


def registry(session: AsyncSession, today: date) -> Registry:
    """The registry as of a fixed day."""
    return Registry(session, COVENANTS, today, datetime(today.year, today.month, today.day, 12, tzinfo=UTC))


def record(name: str, country: str, adhesion: date, *generations: Generation, **extra) -> SignatoryData:
    """A signatory as an import states it, committed to every pillar of its generations."""
    return SignatoryData.with_generations(
        generations or (Generation.com2020,),
        name=name,
        country_code=country,
        adhesion_date=adhesion,
        adhesion_type="individual",
        **extra,
    )


def signatory(name: str, country: str, adhesion: str = "2023-05-02", **extra) -> dict:
    """The body of a PUT of a signatory committed to CoM 2030 (mitigation and adaptation)."""
    return {
        "name": name,
        "country_code": country,
        "population": 120_000,
        "adhesion_date": adhesion,
        "adhesion_type": "individual",
        "commitments": [{"pillar": "mitigation", "generation": "CoM2030"}, {"pillar": "adaptation", "generation": "CoM2030"}],
        **extra,
    }


SIGNATORIES_HEADER = (
    "organisation_id,organisation_name,coordinator_name,supporter_name,country_code,country_name,population_adhesion,"
    "organisation_latitude,organisation_longitude,group_organisation_id,group_name,commitment_CoM2020_flag,"
    "commitment_CoM2030_flag,commitment_CoM2050_flag,commitment_mayoradapt_flag,adhesion_type,signatory_status,"
    "date_of_adhesion,action_plan_expected,group_profile,gcom_id"
)
INVENTORIES_HEADER = (
    "GCoM_ID,emission_inventory_id,emission_inventory_sector,type_of_emissions,type_of_emission_inventory,inventory_year,"
    "population_in_the_inventory_year,activity_data_reporting_unit,activity_data,emission_factor_type,"
    "emission_reporting_unit,emissions,city"
)


def signatory_line(org: str, name: str, country: str, lat: float | str, lon: float | str, gcom_id: str) -> str:
    """A row of the MyCovenant signatories file, as the 2024 file writes one (lowercase country, "-" for none)."""
    return (
        f"{org},{name},-,-,{country.lower()},-,42300,{lat},{lon},-,-,1,1,0,0,As an individual signatory,published,"
        f"2009-11-23,1,0,{gcom_id}"
    )


def inventory_line(key: str, inventory: str, activity: str, emissions: str, year: int = 2005) -> str:
    """A row of the JRC inventories file: one transport line of a baseline inventory."""
    return (
        f"{key},{inventory},Transportation,direct_emissions,baseline_emission_inventory,{year},4771,MWh/year,{activity},"
        f"IPCC,2,{emissions},Other"
    )


def csv_file(header: str, *lines: str) -> bytes:
    """A CSV body of these lines under the header."""
    return "\n".join([header, *lines, ""]).encode()
