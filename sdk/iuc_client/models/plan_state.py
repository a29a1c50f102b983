from enum import StrEnum


class PlanState(StrEnum):
    APPROVED = "approved"
    COMPLETED = "completed"
    DRAFT = "draft"
    IMPLEMENTING = "implementing"
    RETURNED = "returned"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
