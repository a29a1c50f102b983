from enum import StrEnum


class PartyProfileReadSourceType0(StrEnum):
    EVENTS = "events"
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)
