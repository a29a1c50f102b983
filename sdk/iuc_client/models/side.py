from enum import StrEnum


class Side(StrEnum):
    EU = "eu"
    LAC = "lac"

    def __str__(self) -> str:
        return str(self.value)
