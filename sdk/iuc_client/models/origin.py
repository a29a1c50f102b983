from enum import StrEnum


class Origin(StrEnum):
    API = "api"
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
