from enum import StrEnum


class MatchStatus(StrEnum):
    AGREED = "agreed"
    DECLINED = "declined"
    EXPIRED = "expired"
    INTEREST_EXPRESSED = "interest_expressed"
    MUTUAL_INTEREST = "mutual_interest"
    PROPOSED = "proposed"

    def __str__(self) -> str:
        return str(self.value)
