from enum import StrEnum


class ActivityCreateStatus(StrEnum):
    HELD = "held"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
