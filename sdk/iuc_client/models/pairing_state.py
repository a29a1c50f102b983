from enum import StrEnum


class PairingState(StrEnum):
    ACCEPTED_BY_ONE = "accepted_by_one"
    COMPLETED = "completed"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    DISSOLVED = "dissolved"
    EXPIRED = "expired"
    PROPOSED = "proposed"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
