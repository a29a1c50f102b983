from enum import StrEnum


class ApplicationsState(StrEnum):
    ACCEPTED = "accepted"
    DRAFT = "draft"
    MORE_INFO_REQUESTED = "more_info_requested"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
