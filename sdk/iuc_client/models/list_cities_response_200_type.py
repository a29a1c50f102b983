from enum import StrEnum


class ListCitiesResponse200Type(StrEnum):
    FEATURECOLLECTION = "FeatureCollection"

    def __str__(self) -> str:
        return str(self.value)
