from enum import StrEnum


class MatchKind(StrEnum):
    OPPORTUNITY = "opportunity"
    VALUE_CHAIN_GAP = "value_chain_gap"

    def __str__(self) -> str:
        return str(self.value)
