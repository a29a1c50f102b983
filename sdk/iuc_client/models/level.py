from enum import StrEnum


class Level(StrEnum):
    HIGH = "high"
    LOW = "low"
    MODERATE = "moderate"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
