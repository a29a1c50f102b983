from enum import StrEnum


class Recommendation(StrEnum):
    MAYBE = "maybe"
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
