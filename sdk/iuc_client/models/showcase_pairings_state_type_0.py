from enum import StrEnum


class ShowcasePairingsStateType0(StrEnum):
    COMPLETED = "completed"
    CONFIRMED = "confirmed"

    def __str__(self) -> str:
        return str(self.value)
