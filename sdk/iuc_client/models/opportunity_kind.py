from enum import StrEnum


class OpportunityKind(StrEnum):
    BUSINESS_OFFER = "business_offer"
    BUSINESS_REQUEST = "business_request"
    RD_REQUEST = "rd_request"
    TECHNOLOGY_OFFER = "technology_offer"
    TECHNOLOGY_REQUEST = "technology_request"

    def __str__(self) -> str:
        return str(self.value)
