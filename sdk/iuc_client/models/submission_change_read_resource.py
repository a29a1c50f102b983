from enum import StrEnum


class SubmissionChangeReadResource(StrEnum):
    ENERGY_ACCESS_ASSESSMENT = "energy_access_assessment"
    INVENTORY = "inventory"
    REPORT = "report"
    RISK_ASSESSMENT = "risk_assessment"
    TARGET = "target"

    def __str__(self) -> str:
        return str(self.value)
