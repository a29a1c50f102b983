from enum import StrEnum


class PartyKind(StrEnum):
    CITY = "city"
    REGION = "region"

    def __str__(self) -> str:
        return str(self.value)
