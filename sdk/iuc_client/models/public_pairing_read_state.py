from enum import StrEnum


class PublicPairingReadState(StrEnum):
    COMPLETED = "completed"
    CONFIRMED = "confirmed"

    def __str__(self) -> str:
        return str(self.value)
