from enum import StrEnum


class StartCovenantImportFormat(StrEnum):
    JRC_EMISSION_INVENTORIES = "jrc-emission-inventories"
    MYCOVENANT_SIGNATORIES = "mycovenant-signatories"

    def __str__(self) -> str:
        return str(self.value)
