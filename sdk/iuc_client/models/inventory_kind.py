from enum import StrEnum


class InventoryKind(StrEnum):
    BASELINE = "baseline"
    MONITORING = "monitoring"

    def __str__(self) -> str:
        return str(self.value)
