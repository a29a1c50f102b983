from enum import StrEnum


class ShowcaseSignatoriesBadgeType0(StrEnum):
    ADAPTATION_COMMITMENT = "adaptation.commitment"
    ADAPTATION_GOAL = "adaptation.goal"
    ADAPTATION_PLAN = "adaptation.plan"
    ADAPTATION_RISK_ASSESSMENT = "adaptation.risk_assessment"
    ENERGY_ACCESS_ASSESSMENT = "energy_access.assessment"
    ENERGY_ACCESS_COMMITMENT = "energy_access.commitment"
    ENERGY_ACCESS_PLAN = "energy_access.plan"
    ENERGY_ACCESS_TARGET = "energy_access.target"
    MITIGATION_COMMITMENT = "mitigation.commitment"
    MITIGATION_INVENTORY = "mitigation.inventory"
    MITIGATION_PLAN = "mitigation.plan"
    MITIGATION_TARGET = "mitigation.target"

    def __str__(self) -> str:
        return str(self.value)
