from enum import StrEnum


class IntensityUnit(StrEnum):
    PER_CAPITA = "per_capita"
    PER_GDP = "per_gdp"

    def __str__(self) -> str:
        return str(self.value)
