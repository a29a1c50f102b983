from enum import StrEnum


class ApplicationsTransitionReadKind(StrEnum):
    EDIT = "edit"
    TRANSITION = "transition"

    def __str__(self) -> str:
        return str(self.value)
