from enum import StrEnum


class AgreementKind(StrEnum):
    COMMERCIAL = "commercial"
    JOINT_VENTURE = "joint_venture"
    LICENCE = "licence"
    RESEARCH_COOPERATION = "research_cooperation"
    TECHNICAL_COOPERATION = "technical_cooperation"

    def __str__(self) -> str:
        return str(self.value)
