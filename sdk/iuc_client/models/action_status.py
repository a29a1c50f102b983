from enum import StrEnum


class ActionStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    LATE = "late"
    NOT_STARTED = "not_started"
    ON_TIME = "on_time"

    def __str__(self) -> str:
        return str(self.value)
