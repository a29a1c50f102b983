from enum import StrEnum


class WorldRegion(StrEnum):
    AFRICA = "africa"
    ASIA = "asia"
    EU = "eu"
    LATIN_AMERICA_CARIBBEAN = "latin_america_caribbean"
    NORTH_AMERICA = "north_america"
    OCEANIA = "oceania"
    OTHER = "other"
    OTHER_EUROPE = "other_europe"

    def __str__(self) -> str:
        return str(self.value)
