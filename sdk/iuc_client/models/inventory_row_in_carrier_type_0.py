from enum import StrEnum


class InventoryRowInCarrierType0(StrEnum):
    BIOFUEL = "biofuel"
    BIOGAS = "biogas"
    COAL = "coal"
    DIESEL = "diesel"
    DISTRICT_HEATING = "district_heating"
    ELECTRICITY = "electricity"
    GASOLINE = "gasoline"
    GEOTHERMAL = "geothermal"
    HEATING_OIL = "heating_oil"
    LIGNITE = "lignite"
    LIQUID_GAS = "liquid_gas"
    NATURAL_GAS = "natural_gas"
    OTHER_BIOMASS = "other_biomass"
    OTHER_FOSSIL = "other_fossil"
    PLANT_OIL = "plant_oil"
    SOLAR_THERMAL = "solar_thermal"

    def __str__(self) -> str:
        return str(self.value)
