from enum import StrEnum


class Trigger(StrEnum):
    MANUAL = "manual"
    RECOVER = "recover"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
