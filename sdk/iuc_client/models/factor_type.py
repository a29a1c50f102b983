from enum import StrEnum


class FactorType(StrEnum):
    IPCC = "IPCC"
    LCA = "LCA"

    def __str__(self) -> str:
        return str(self.value)
