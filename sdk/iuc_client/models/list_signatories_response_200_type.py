from enum import StrEnum


class ListSignatoriesResponse200Type(StrEnum):
    FEATURECOLLECTION = "FeatureCollection"

    def __str__(self) -> str:
        return str(self.value)
