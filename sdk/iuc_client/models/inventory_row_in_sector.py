from enum import StrEnum


class InventoryRowInSector(StrEnum):
    AFOLU = "afolu"
    AGRICULTURE = "agriculture"
    AGRICULTURE_FORESTRY_FISHING = "agriculture_forestry_fishing"
    AVIATION = "aviation"
    BIOLOGICAL_TREATMENT = "biological_treatment"
    COMMERCIAL_BUILDINGS = "commercial_buildings"
    ENERGY_GENERATION = "energy_generation"
    FUGITIVE_EMISSIONS = "fugitive_emissions"
    INCINERATION_OPEN_BURNING = "incineration_open_burning"
    INDUSTRIAL_BUILDINGS = "industrial_buildings"
    INDUSTRY = "industry"
    INSTITUTIONAL_BUILDINGS = "institutional_buildings"
    IPPU = "ippu"
    MUNICIPAL_BUILDINGS = "municipal_buildings"
    OFF_ROAD_TRANSPORT = "off_road_transport"
    ON_ROAD_TRANSPORT = "on_road_transport"
    OTHER = "other"
    PUBLIC_LIGHTING = "public_lighting"
    RAIL_TRANSPORT = "rail_transport"
    RESIDENTIAL_BUILDINGS = "residential_buildings"
    SOLID_WASTE_DISPOSAL = "solid_waste_disposal"
    TERTIARY_BUILDINGS = "tertiary_buildings"
    TRANSPORT = "transport"
    WASTE = "waste"
    WASTEWATER = "wastewater"
    WATERBORNE_NAVIGATION = "waterborne_navigation"

    def __str__(self) -> str:
        return str(self.value)
