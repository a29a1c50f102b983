from enum import StrEnum


class OrganisationKind(StrEnum):
    CLUSTER = "cluster"
    LARGE_COMPANY = "large_company"
    NGO = "ngo"
    PUBLIC_BODY = "public_body"
    RESEARCH = "research"
    SME = "sme"

    def __str__(self) -> str:
        return str(self.value)
