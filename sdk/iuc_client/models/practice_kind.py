from enum import StrEnum


class PracticeKind(StrEnum):
    GOOD_PRACTICE = "good_practice"
    LESSONS_LEARNT = "lessons_learnt"

    def __str__(self) -> str:
        return str(self.value)
