from enum import StrEnum


class ActivityKind(StrEnum):
    SEMINAR = "seminar"
    STAFF_EXCHANGE = "staff_exchange"
    STUDY_TOUR = "study_tour"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
