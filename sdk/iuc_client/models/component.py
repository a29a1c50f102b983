from enum import StrEnum


class Component(StrEnum):
    CITY_PAIRING = "city_pairing"
    COVENANT = "covenant"
    REGIONAL_INNOVATION = "regional_innovation"

    def __str__(self) -> str:
        return str(self.value)
