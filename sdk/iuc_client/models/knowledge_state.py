from enum import StrEnum


class KnowledgeState(StrEnum):
    ARCHIVED = "archived"
    DRAFT = "draft"
    PENDING = "pending"
    PUBLISHED = "published"

    def __str__(self) -> str:
        return str(self.value)
