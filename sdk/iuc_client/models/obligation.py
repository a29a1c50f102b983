from enum import StrEnum


class Obligation(StrEnum):
    ENERGY_ACCESS_ASSESSMENT = "energy_access_assessment"
    INVENTORY = "inventory"
    MONITORING = "monitoring"
    PLAN = "plan"
    RISK_ASSESSMENT = "risk_assessment"

    def __str__(self) -> str:
        return str(self.value)
