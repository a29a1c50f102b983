"""Wire models of the inventories export."""

from __future__ import annotations

from pydantic import BaseModel

from services.covenant.reports.schemas import InventoryRead


class InventoryExportRead(InventoryRead):
    """An inventory with who it is of: the signatory's GCoM id, name, country and regional covenant."""

    gcom_id: str | None
    signatory_name: str
    country_code: str
    regional_covenant: str


class InventoryExportPage(BaseModel):
    items: list[InventoryExportRead]
    next_page_token: str | None = None


# One CSV line a sector row of an inventory.
CSV_COLUMNS = (
    "inventory_id",
    "gcom_id",
    "signatory_name",
    "country_code",
    "regional_covenant",
    "kind",
    "year",
    "population",
    "sector",
    "scope",
    "carrier",
    "activity_mwh",
    "emission_factor",
    "emissions_tco2e",
    "factor_type",
)
