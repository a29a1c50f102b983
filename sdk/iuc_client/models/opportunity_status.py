from enum import StrEnum


class OpportunityStatus(StrEnum):
    EXPIRED = "expired"
    OPEN = "open"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
