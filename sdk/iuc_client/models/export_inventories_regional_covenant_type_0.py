from enum import StrEnum


class ExportInventoriesRegionalCovenantType0(StrEnum):
    EAST = "east"
    EAST_ASIA = "east_asia"
    EUROPE = "europe"
    JAPAN = "japan"
    LATIN_AMERICA_CARIBBEAN = "latin_america_caribbean"
    NORTH_AMERICA = "north_america"
    OCEANIA = "oceania"
    SOUTHEAST_ASIA = "southeast_asia"
    SOUTH_ASIA = "south_asia"
    SOUTH_MEDITERRANEAN = "south_mediterranean"
    SUB_SAHARAN_AFRICA = "sub_saharan_africa"

    def __str__(self) -> str:
        return str(self.value)
