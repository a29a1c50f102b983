from enum import StrEnum


class ExpectedChange(StrEnum):
    DECREASE = "decrease"
    INCREASE = "increase"
    NO_CHANGE = "no_change"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
