from enum import StrEnum


class Kind(StrEnum):
    FLOW = "flow"
    STOCK = "stock"

    def __str__(self) -> str:
        return str(self.value)
