from enum import StrEnum


class SignatoryStatus(StrEnum):
    ON_HOLD = "on_hold"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
