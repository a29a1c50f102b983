from enum import StrEnum


class Pillar(StrEnum):
    ADAPTATION = "adaptation"
    ENERGY_ACCESS = "energy_access"
    MITIGATION = "mitigation"

    def __str__(self) -> str:
        return str(self.value)
