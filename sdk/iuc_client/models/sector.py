from enum import StrEnum


class Sector(StrEnum):
    AGRICULTURE = "agriculture"
    ENERGY_GENERATION = "energy_generation"
    INDUSTRY = "industry"
    MUNICIPAL_BUILDINGS = "municipal_buildings"
    OTHER = "other"
    PUBLIC_LIGHTING = "public_lighting"
    RESIDENTIAL_BUILDINGS = "residential_buildings"
    TERTIARY_BUILDINGS = "tertiary_buildings"
    TRANSPORT = "transport"
    WASTE = "waste"

    def __str__(self) -> str:
        return str(self.value)
