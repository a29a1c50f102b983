from enum import StrEnum


class OrganisationRole(StrEnum):
    COLLABORATOR = "collaborator"
    PRIMARY = "primary"

    def __str__(self) -> str:
        return str(self.value)
