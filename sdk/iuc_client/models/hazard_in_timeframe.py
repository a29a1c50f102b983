from enum import StrEnum


class HazardInTimeframe(StrEnum):
    CURRENT = "current"
    LONG_TERM = "long_term"
    MEDIUM_TERM = "medium_term"
    SHORT_TERM = "short_term"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
