from enum import StrEnum


class ParticipantRole(StrEnum):
    CUSTOMER = "customer"
    DISTRIBUTOR = "distributor"
    INTEGRATOR = "integrator"
    LEAD = "lead"
    PRODUCER = "producer"
    RESEARCH_PARTNER = "research_partner"
    SERVICE_PROVIDER = "service_provider"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
