"""Vocabularies of the Covenant's Common Reporting Framework (CRF): energy carriers, the CRF's
emission sectors (beside the SEAP ones of `domain.Sector`) and climate hazards; and the rule of
an inventory line's activity data. Plain Python: no FastAPI, no SQLAlchemy."""

from __future__ import annotations

from enum import StrEnum


class EnergyCarrier(StrEnum):
    electricity = "electricity"
    natural_gas = "natural_gas"
    liquid_gas = "liquid_gas"
    heating_oil = "heating_oil"
    diesel = "diesel"
    gasoline = "gasoline"
    lignite = "lignite"
    coal = "coal"
    other_fossil = "other_fossil"
    biogas = "biogas"
    plant_oil = "plant_oil"
    biofuel = "biofuel"
    other_biomass = "other_biomass"
    solar_thermal = "solar_thermal"
    geothermal = "geothermal"
    district_heating = "district_heating"


class CrfSector(StrEnum):
    """The CRF's sectors and sub-sectors (stationary energy, transport, waste, IPPU, AFOLU)."""

    residential_buildings = "residential_buildings"
    commercial_buildings = "commercial_buildings"
    institutional_buildings = "institutional_buildings"
    industrial_buildings = "industrial_buildings"
    agriculture_forestry_fishing = "agriculture_forestry_fishing"
    fugitive_emissions = "fugitive_emissions"
    on_road_transport = "on_road_transport"
    rail_transport = "rail_transport"
    waterborne_navigation = "waterborne_navigation"
    aviation = "aviation"
    off_road_transport = "off_road_transport"
    solid_waste_disposal = "solid_waste_disposal"
    biological_treatment = "biological_treatment"
    incineration_open_burning = "incineration_open_burning"
    wastewater = "wastewater"
    ippu = "ippu"
    afolu = "afolu"


class ClimateHazard(StrEnum):
    extreme_heat = "extreme_heat"
    extreme_cold = "extreme_cold"
    extreme_precipitation = "extreme_precipitation"
    floods_and_sea_level_rise = "floods_and_sea_level_rise"
    droughts_and_water_scarcity = "droughts_and_water_scarcity"
    storms = "storms"
    mass_movement = "mass_movement"
    wildfires = "wildfires"
    biological_hazards = "biological_hazards"
    chemical_change = "chemical_change"
    other = "other"


# The short names clients sent before the CRF list (and the reporting template's own words),
# each read as the CRF hazard it is part of.
HAZARD_ALIASES: dict[str, ClimateHazard] = {
    "floods": ClimateHazard.floods_and_sea_level_rise,
    "sea_level_rise": ClimateHazard.floods_and_sea_level_rise,
    "droughts": ClimateHazard.droughts_and_water_scarcity,
    "water_scarcity": ClimateHazard.droughts_and_water_scarcity,
    "forest_fires": ClimateHazard.wildfires,
    "landslides": ClimateHazard.mass_movement,
}


def hazard_of(value: str) -> ClimateHazard | None:
    """The CRF hazard a value names (its code or a known alias), None if none."""
    if value in ClimateHazard._value2member_map_:
        return ClimateHazard(value)
    return HAZARD_ALIASES.get(value)


def line_emissions(activity_mwh: float | None, emission_factor: float | None, emissions_tco2e: float | None) -> float | None:
    """An inventory line's emissions: as stated, else activity x emission factor; None when neither is there."""
    if emissions_tco2e is not None:
        return emissions_tco2e
    if activity_mwh is not None and emission_factor is not None:
        return activity_mwh * emission_factor
    return None
