from enum import StrEnum


class HazardInHazard(StrEnum):
    BIOLOGICAL_HAZARDS = "biological_hazards"
    CHEMICAL_CHANGE = "chemical_change"
    DROUGHTS = "droughts"
    DROUGHTS_AND_WATER_SCARCITY = "droughts_and_water_scarcity"
    EXTREME_COLD = "extreme_cold"
    EXTREME_HEAT = "extreme_heat"
    EXTREME_PRECIPITATION = "extreme_precipitation"
    FLOODS = "floods"
    FLOODS_AND_SEA_LEVEL_RISE = "floods_and_sea_level_rise"
    FOREST_FIRES = "forest_fires"
    LANDSLIDES = "landslides"
    MASS_MOVEMENT = "mass_movement"
    OTHER = "other"
    SEA_LEVEL_RISE = "sea_level_rise"
    STORMS = "storms"
    WATER_SCARCITY = "water_scarcity"
    WILDFIRES = "wildfires"

    def __str__(self) -> str:
        return str(self.value)
