from enum import StrEnum


class ReviewVisibility(StrEnum):
    FULL = "full"
    NONE = "none"
    SCORES = "scores"

    def __str__(self) -> str:
        return str(self.value)
