from enum import StrEnum


class EmissionScope(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"

    def __str__(self) -> str:
        return str(self.value)
