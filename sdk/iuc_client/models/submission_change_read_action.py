from enum import StrEnum


class SubmissionChangeReadAction(StrEnum):
    DELETED = "deleted"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
