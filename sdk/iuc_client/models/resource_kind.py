from enum import StrEnum


class ResourceKind(StrEnum):
    DOCUMENT = "document"
    LINK = "link"
    TRAINING_MATERIAL = "training_material"

    def __str__(self) -> str:
        return str(self.value)
